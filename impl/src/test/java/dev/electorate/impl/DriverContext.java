package dev.electorate.impl;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import java.util.Map;
import java.util.function.IntBinaryOperator;

/**
 * The context of one reaction under a test driver: sends and timers go to the driver's
 * {@link DriverQueue}, and a second record in one reaction fails the test, as the simulator refuses it.
 */
public abstract class DriverContext implements Context {

    private final int self;
    private final Cluster cluster;
    private final long now;
    private final long incarnation;
    private final DriverQueue queue;
    private final IntBinaryOperator delay;
    private final Map<String, Integer> sentByType;
    private boolean recorded;

    /**
     * The context of node {@code self} (in its {@code incarnation}) reacting at tick {@code now};
     * {@code delay} gives each link's fixed delay and {@code sentByType} counts the sends.
     */
    protected DriverContext(int self, Cluster cluster, long now, long incarnation, DriverQueue queue,
                            IntBinaryOperator delay, Map<String, Integer> sentByType) {
        this.self = self;
        this.cluster = cluster;
        this.now = now;
        this.incarnation = incarnation;
        this.queue = queue;
        this.delay = delay;
        this.sentByType = sentByType;
    }

    /** Checks and keeps the reaction's one record. */
    protected abstract void recorded(String action, Map<String, ?> vars);

    @Override
    public int self() {
        return self;
    }

    @Override
    public Cluster cluster() {
        return cluster;
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public void send(int to, Message message) {
        sentByType.merge(message.type(), 1, Integer::sum);
        queue.delivery(now + delay.applyAsInt(self, to), to, self, message);
    }

    @Override
    public void setTimer(String timer, long after) {
        queue.setTimer(now + after, self, timer, incarnation);
    }

    @Override
    public void cancelTimer(String timer) {
        queue.cancelTimer(self, timer);
    }

    @Override
    public void record(String action, Map<String, ?> vars) {
        if (recorded) {
            throw new AssertionError("node " + self + " recorded twice in one reaction: " + action);
        }
        recorded = true;
        recorded(action, vars);
    }
}
