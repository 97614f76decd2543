package dev.electorate.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedSet;

/** Builds hand-made traces for property tests: each call appends one step at a given tick. */
public final class TraceBuilder {
    private final Cluster cluster;
    private final List<Step> steps = new ArrayList<>();
    private long healedAt;
    private long bound = 100;
    private long horizon = 1000;

    public TraceBuilder(int nodes) {
        this.cluster = Cluster.ofSize(nodes);
    }

    public TraceBuilder healedAt(long tick) {
        healedAt = tick;
        return this;
    }

    public TraceBuilder bound(long ticks) {
        bound = ticks;
        return this;
    }

    public TraceBuilder horizon(long tick) {
        horizon = tick;
        return this;
    }

    /** Node {@code node} at tick {@code t} now has this role, leader and term. */
    public TraceBuilder node(long t, int node, Role role, int leader, long term) {
        steps.add(Step.receive(steps.size(), t, node, "Act", 0, null, List.of(), Map.of(), role, leader, term));
        return this;
    }

    /** Node {@code node} at tick {@code t} sends {@code message} to {@code to}, its role and leader unchanged. */
    public TraceBuilder send(long t, int node, int to, Message message, Role role, int leader, long term) {
        steps.add(Step.timeout(steps.size(), t, node, "Send", "timer", List.of(new Envelope(node, to, message)),
                Map.of(), role, leader, term));
        return this;
    }

    /** Node {@code node} at tick {@code t} receives {@code message} from {@code from} and then has this role. */
    public TraceBuilder receive(long t, int node, int from, Message message, Role role, int leader, long term) {
        steps.add(Step.receive(steps.size(), t, node, "Receive", from, message, List.of(), Map.of(), role, leader,
                term));
        return this;
    }

    public TraceBuilder start(long t, int node) {
        steps.add(Step.start(steps.size(), t, node, "Start", List.of(), Map.of(), Role.CANDIDATE, 0, 0));
        return this;
    }

    public TraceBuilder crash(long t, int node) {
        steps.add(Step.crash(steps.size(), t, node, null));
        return this;
    }

    public TraceBuilder networkFault(long t, String action) {
        steps.add(Step.networkFault(steps.size(), t, action, null));
        return this;
    }

    /** All nodes start at tick 0, then every node follows {@code leader}, which leads, at tick {@code t}. */
    public TraceBuilder electAll(long t, int leader, long term) {
        for (int id : cluster.members()) {
            node(t, id, id == leader ? Role.LEADER : Role.FOLLOWER, leader, term);
        }
        return this;
    }

    public TraceBuilder startAll() {
        for (int id : cluster.members()) {
            start(0, id);
        }
        return this;
    }

    public Trace build() {
        return new Trace(new TraceHeader("test", null, cluster, 1, "none", healedAt, bound, horizon), steps);
    }

    /** An algorithm descriptor for property tests: the highest live id must win. */
    public static Algorithm highestWins() {
        return new Algorithm() {
            public String name() { return "test"; }
            public String tlaModule() { return null; }
            public Assumptions assumptions() {
                return Assumptions.surviving(Assumptions.Failures.CRASH_STOP)
                        .because("test");
            }
            public List<Mutant> mutants() { return List.of(); }
            public Node create(int self, Cluster cluster, String mutant) { throw new UnsupportedOperationException(); }
            public OptionalInt expectedLeader(Cluster c, SortedSet<Integer> live) {
                return live.isEmpty() ? OptionalInt.empty() : OptionalInt.of(live.last());
            }
            public long terminationBound(Cluster c) { return 100; }
        };
    }
}
