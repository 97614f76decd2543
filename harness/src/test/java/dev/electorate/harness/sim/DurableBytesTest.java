package dev.electorate.harness.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.adapter.UserCodeException;
import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import dev.electorate.spec.property.Uniqueness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a node persists is taken as bytes at the moment of {@code persist}: changes to the object
 * afterwards are not durable, and a restart hands back a fresh copy.
 */
class DurableBytesTest {

    /** Contests: crashes between two rival vote requests, where a forgotten vote is given twice. */
    static int violations(Algorithm algorithm, int runs) {
        int failed = 0;
        for (long seed = 1; seed <= runs; seed++) {
            RunSpec drawn = Runs.generate(algorithm, null, 3, FaultClass.CRASH_RECOVER, seed);
            RunSpec contested = drawn.withSchedule(new FaultSchedule(List.of(new Fault.Contest(1, 2000, 10))));
            if (new Uniqueness().check(Runs.execute(contested), algorithm).isPresent()) {
                failed++;
            }
        }
        return failed;
    }

    @Test
    void aNodeThatMutatesWhatItPersistedOnceIsCaught() {
        // 17 of these 100 runs give two leaders of one term (51 of 300).
        int failed = violations(MidReactionTest.election(PersistOnceElection.class), 100);
        assertTrue(failed >= 5, "votes kept only in a mutated object survived crashes: " + failed + " of 100 failed");
    }

    @Test
    void theSameElectionPersistingEachChangeHolds() {
        assertEquals(0, violations(MidReactionTest.election(VoteElection.class), 100));
    }

    /** Persists a list, then changes it; after a restart it reports what it got back as its term. */
    static class Mutating implements Node {
        final List<Long> durable = new ArrayList<>();
        Object restored;
        long term;

        @Override public void start(Context ctx) {
            durable.add(7L);
            ctx.persist(durable);
            durable.add(8L); // not durable: a disk keeps what was written
            ctx.setTimer("again", 5);
        }
        @Override public void restart(Context ctx, Object d) {
            restored = d;
            term = ((List<?>) d).size() * 100L + (Long) ((List<?>) d).get(0);
        }
        @Override public void receive(Context ctx, int from, Message m) { }
        @Override public void timeout(Context ctx, String t) { }
        @Override public Role role() { return Role.FOLLOWER; }
        @Override public int leader() { return Cluster.NONE; }
        @Override public long term() { return term; }
    }

    @Test
    void aRestartGetsWhatWasPersistedThenNotTheObjectItWasPersistedFrom() {
        List<Mutating> made = new ArrayList<>();
        Algorithm algorithm = new TestAlgorithm(() -> {
            Mutating m = new Mutating();
            made.add(m);
            return m;
        });
        FaultSchedule schedule = new FaultSchedule(List.of(new Fault.Crash(10, 1), new Fault.Restart(20, 1)));
        List<dev.electorate.spec.Step> steps = new ArrayList<>();
        new Simulator(algorithm, null, new Cluster(List.of(1)), Network.DEFAULT, schedule, new SeededChoices(1),
                steps::add).run(30);
        Mutating first = made.get(0);
        Mutating second = made.get(1);
        assertEquals(List.of(7L), second.restored);
        assertNotSame(first.durable, second.restored);
        assertEquals(107L, steps.get(steps.size() - 1).term());
    }

    /** Persists what no disk could hold: a thread. */
    static final class Unwritable extends Mutating {
        @Override public void start(Context ctx) {
            ctx.persist(new Thread(() -> { }));
        }
    }

    @Test
    void durableStateThatCannotBeWrittenIsRefusedNamingIt() {
        Algorithm algorithm = new TestAlgorithm(Unwritable::new);
        Simulator simulator = new Simulator(algorithm, null, new Cluster(List.of(1)), Network.DEFAULT,
                FaultSchedule.NONE, new SeededChoices(1), step -> { });
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> simulator.run(10));
        assertTrue(refused.getMessage().contains("the durable state") && refused.getMessage().contains("java.lang.Thread")
                && refused.getMessage().contains("docs/protocol.md"), refused.getMessage());
    }

    @Test
    void aUserClassPersistingWhatCannotBeWrittenIsBadInputNamingTheClass() {
        Algorithm algorithm = dev.electorate.harness.adapter.AdaptedAlgorithm.mirroring("unwritable",
                new dev.electorate.impl.raft.RaftAlgorithm(),
                dev.electorate.harness.adapter.NodeClasses.load(UnwritableElection.class.getName(), null));
        RunSpec spec = Runs.generate(algorithm, null, 3, FaultClass.NONE, 1);
        UserCodeException refused = assertThrows(UserCodeException.class, () -> Runs.execute(spec));
        assertTrue(refused.getMessage().contains(UnwritableElection.class.getName())
                && refused.getMessage().contains("the durable state"), refused.getMessage());
    }

    /** A one-off algorithm around a node supplier, for runs of one node. */
    record TestAlgorithm(java.util.function.Supplier<Node> nodes) implements Algorithm {
        @Override public String name() { return "test"; }
        @Override public String tlaModule() { return null; }
        @Override public dev.electorate.spec.Assumptions assumptions() { return new dev.electorate.impl.raft.RaftAlgorithm().assumptions(); }
        @Override public List<dev.electorate.spec.Mutant> mutants() { return List.of(); }
        @Override public Node create(int self, Cluster cluster, String mutant) { return nodes.get(); }
        @Override public java.util.OptionalInt expectedLeader(Cluster c, java.util.SortedSet<Integer> live) {
            return java.util.OptionalInt.empty();
        }
        @Override public long terminationBound(Cluster cluster) { return 100; }
    }

}
