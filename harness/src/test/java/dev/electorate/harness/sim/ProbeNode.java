package dev.electorate.harness.sim;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Message;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.function.BiConsumer;

/** A node for simulator tests: it does what the test script says and remembers what it saw. */
final class ProbeNode implements Node {

    /** A numbered message. */
    record Probe(int n) implements Message {}

    /** What every probe node of a run saw, in order, by id: "start", "recv 2 5", "timer t@120", "restart 3". */
    static final Map<Integer, List<String>> SEEN = new java.util.TreeMap<>();

    private final int self;
    private final BiConsumer<Context, ProbeNode> onStart;
    int counter;

    ProbeNode(int self, BiConsumer<Context, ProbeNode> onStart) {
        this.self = self;
        this.onStart = onStart;
    }

    static Algorithm algorithm(BiConsumer<Context, ProbeNode> onStart) {
        SEEN.clear();
        return new Algorithm() {
            public String name() { return "probe"; }
            public String tlaModule() { return null; }
            public Assumptions assumptions() {
                return Assumptions.surviving(Assumptions.Failures.CRASH_RECOVERY)
                        .tolerating(FaultClass.DUPLICATE, FaultClass.REORDER, FaultClass.PARTITION, FaultClass.PAUSE,
                                FaultClass.CLOCK_SKEW)
                        .because("probe");
            }
            public List<Mutant> mutants() { return List.of(); }
            public Node create(int id, Cluster cluster, String mutant) { return new ProbeNode(id, onStart); }
            public OptionalInt expectedLeader(Cluster c, SortedSet<Integer> live) { return OptionalInt.empty(); }
            public long terminationBound(Cluster c) { return 100; }
        };
    }

    private void see(String what) {
        SEEN.computeIfAbsent(self, k -> new ArrayList<>()).add(what);
    }

    @Override
    public void start(Context ctx) {
        see("start");
        onStart.accept(ctx, this);
        ctx.record("Start", Map.of("counter", counter));
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        see("recv " + from + " " + ((Probe) message).n());
        counter++;
        ctx.persist(counter);
        ctx.record("Receive", Map.of("counter", counter));
    }

    @Override
    public void timeout(Context ctx, String timer) {
        see("timer " + timer + "@" + ctx.now());
        ctx.record("Timeout", Map.of("counter", counter));
    }

    @Override
    public void restart(Context ctx, Object durable) {
        see("restart " + counter + " durable " + durable);
        ctx.record("Restart", Map.of("counter", counter));
    }

    @Override
    public Role role() {
        return self == 1 ? Role.LEADER : Role.FOLLOWER;
    }

    @Override
    public int leader() {
        return 1;
    }
}
