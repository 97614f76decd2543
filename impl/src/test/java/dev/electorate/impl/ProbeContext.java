package dev.electorate.impl;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A context for driving one node of three by hand: it keeps what the node sends, persists and records
 * and the timers it has set; its clock is {@link #now} and its random draws are 0.
 */
public class ProbeContext implements Context {
    public final int self;
    public final Cluster cluster = Cluster.ofSize(3);
    public final List<String> sent = new ArrayList<>();
    public final Map<String, Long> timers = new LinkedHashMap<>();
    public long now;
    public Object durable;
    public String action;
    public Map<String, ?> vars;

    public ProbeContext(int self) {
        this.self = self;
    }

    @Override public int self() { return self; }
    @Override public Cluster cluster() { return cluster; }
    @Override public long now() { return now; }
    @Override public void send(int to, Message m) { sent.add(to + ":" + m); }
    @Override public void setTimer(String timer, long delay) { timers.put(timer, delay); }
    @Override public void cancelTimer(String timer) { timers.remove(timer); }
    @Override public int random(int bound) { return 0; }
    @Override public void persist(Object value) { durable = value; }
    @Override public void record(String a, Map<String, ?> v) { action = a; vars = v; }

    /** The last message sent, as "to:message". */
    public String last() {
        return sent.get(sent.size() - 1);
    }
}
