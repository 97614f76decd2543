package dev.electorate.harness.sim;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Message;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the harness assumes of the reference algorithms, and why a crash inside a reaction leaves
 * them correct: within a reaction every write of durable state comes before every send.
 */
class PersistBeforeSendTest {

    @TestFactory
    Stream<DynamicTest> everyReferenceAlgorithmPersistsBeforeItSends() {
        List<String> names = Stream.concat(Algorithms.all().stream().map(Algorithm::name),
                Stream.of("paxos+lease", "raft+pre-vote+check-quorum")).toList();
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Algorithm watched = new Watched(Algorithms.byName(name));
            for (long seed = 1; seed <= 20; seed++) {
                Runs.execute(Runs.generate(watched, null, 3 + (int) (seed % 3), FaultClass.CRASH_RECOVER, seed));
            }
        }));
    }

    @Test
    void aNodeThatSendsThenPersistsIsSeen() {
        Algorithm watched = new Watched(new DurableBytesTest.TestAlgorithm(() -> new DurableBytesTest.Mutating() {
            @Override
            public void start(Context ctx) {
                ctx.send(1, new VoteElection.Vote(1));
                ctx.persist(1L);
            }
        }));
        AssertionError seen = assertThrows(AssertionError.class, () -> Runs.execute(Runs.generate(watched, null, 1, FaultClass.NONE, 1)));
        assertTrue(seen.getMessage().contains("after sending"), seen.getMessage());
    }

    /** The algorithm with every node's context watched for a write after a send. */
    record Watched(Algorithm algorithm) implements Algorithm {
        @Override public String name() { return algorithm.name(); }
        @Override public String tlaModule() { return algorithm.tlaModule(); }
        @Override public Assumptions assumptions() { return algorithm.assumptions(); }
        @Override public List<Mutant> mutants() { return algorithm.mutants(); }
        @Override public OptionalInt expectedLeader(Cluster c, SortedSet<Integer> live) { return algorithm.expectedLeader(c, live); }
        @Override public long terminationBound(Cluster cluster) { return algorithm.terminationBound(cluster); }
        @Override public long faultAftermath(Cluster cluster) { return algorithm.faultAftermath(cluster); }
        @Override public String electionMessageType() { return algorithm.electionMessageType(); }

        @Override
        public Node create(int self, Cluster cluster, String mutant) {
            Node node = algorithm.create(self, cluster, mutant);
            return new Node() {
                @Override public void start(Context ctx) { node.start(new Watch(ctx, "start")); }
                @Override public void restart(Context ctx, Object d) { node.restart(new Watch(ctx, "restart"), d); }
                @Override public void receive(Context ctx, int from, Message m) { node.receive(new Watch(ctx, m.type()), from, m); }
                @Override public void timeout(Context ctx, String t) { node.timeout(new Watch(ctx, "timeout " + t), t); }
                @Override public Role role() { return node.role(); }
                @Override public int leader() { return node.leader(); }
                @Override public long term() { return node.term(); }
            };
        }
    }

    /** A context that fails a reaction writing durable state after it sent something. */
    static final class Watch implements Context {
        private final Context ctx;
        private final String event;
        private boolean sent;

        Watch(Context ctx, String event) {
            this.ctx = ctx;
            this.event = event;
        }

        @Override public int self() { return ctx.self(); }
        @Override public Cluster cluster() { return ctx.cluster(); }
        @Override public long now() { return ctx.now(); }
        @Override public void setTimer(String timer, long delay) { ctx.setTimer(timer, delay); }
        @Override public void cancelTimer(String timer) { ctx.cancelTimer(timer); }
        @Override public int random(int bound) { return ctx.random(bound); }
        @Override public void record(String action, Map<String, ?> vars) { ctx.record(action, vars); }

        @Override
        public void send(int to, Message message) {
            sent = true;
            ctx.send(to, message);
        }

        @Override
        public void persist(Object durable) {
            if (sent) {
                throw new AssertionError("node " + ctx.self() + " persisted after sending, reacting to " + event);
            }
            ctx.persist(durable);
        }
    }
}
