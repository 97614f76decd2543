package dev.electorate.impl.ring;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reaction's context whose sends wait until {@link #flush}, in the order they were made, so that
 * the reaction's writes of durable state come first whatever the order of the code.
 */
final class Outbox implements Context {

    private record Pending(int to, Message message) {}

    private final Context ctx;
    private final List<Pending> pending = new ArrayList<>(2);

    Outbox(Context ctx) {
        this.ctx = ctx;
    }

    /** Sends what the reaction sent, in its order. */
    void flush() {
        for (Pending p : pending) {
            ctx.send(p.to(), p.message());
        }
        pending.clear();
    }

    @Override
    public void send(int to, Message message) {
        pending.add(new Pending(to, message));
    }

    @Override public int self() { return ctx.self(); }
    @Override public Cluster cluster() { return ctx.cluster(); }
    @Override public long now() { return ctx.now(); }
    @Override public void setTimer(String timer, long delay) { ctx.setTimer(timer, delay); }
    @Override public void cancelTimer(String timer) { ctx.cancelTimer(timer); }
    @Override public int random(int bound) { return ctx.random(bound); }
    @Override public void persist(Object durable) { ctx.persist(durable); }
    @Override public void record(String action, Map<String, ?> vars) { ctx.record(action, vars); }
}
