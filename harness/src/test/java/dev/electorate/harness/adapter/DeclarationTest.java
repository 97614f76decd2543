package dev.electorate.harness.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * --assume admits exactly the fault classes it lists (plus none), and rejects what it does not know; the crash
 * budget bounds the crash classes; --like copies all a reference declares.
 */
class DeclarationTest {

    @Test
    void theDefaultIsCrashStopOverReliableLinks() {
        Declaration d = Declaration.parse(List.of(), "any", 100);
        assertEquals(List.of(FaultClass.NONE, FaultClass.CRASH), d.assumptions().admitted());
        assertTrue(d.assumptions().reliableLinks());
    }

    @Test
    void eachListedClassIsAdmittedAndNoOther() {
        for (FaultClass f : FaultClass.values()) {
            if (f == FaultClass.NONE || f == FaultClass.MIXED) {
                continue;
            }
            Declaration d = Declaration.parse(List.of(f.cliName()), "any", 100);
            assertEquals(List.of(FaultClass.NONE, f), d.assumptions().admitted(), "--assume " + f);
        }
        assertEquals(List.of(FaultClass.values()), Declaration.parse(List.of("mixed"), "any", 100)
                .assumptions().admitted());
    }

    @Test
    void unknownNamesAreBadInput() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Declaration.parse(List.of("crash", "byzantine"), "any", 100));
        assertTrue(e.getMessage().contains("--assume") && e.getMessage().contains("byzantine"), e.getMessage());
        assertThrows(BadInputException.class, () -> Declaration.parse(List.of(), "tallest", 100));
        assertThrows(BadInputException.class, () -> Declaration.parse(List.of(), "any", 0));
    }

    @Test
    void theCrashBudgetIsAMinorityUnlessDeclaredOtherwise() {
        Cluster four = Cluster.ofSize(4);
        Cluster five = Cluster.ofSize(5);
        assertEquals(1, Declaration.parse(List.of("crash"), "any", 100).crashBudget().of(four));
        assertEquals(2, CrashBudget.MINORITY.of(five));
        assertEquals(2, CrashBudget.HALF.of(four));
        assertEquals(3, CrashBudget.parse("3", "--crash-budget").of(four));
        assertEquals(4, CrashBudget.parse("9", "--crash-budget").of(four), "never more than the cluster");
        assertEquals(1, CrashBudget.MINORITY.of(Cluster.ofSize(2)), "a crash class crashes at least one node");
        assertThrows(BadInputException.class, () -> CrashBudget.parse("0", "--crash-budget"));
    }

    /** {@code --assume crash} at n = 4 never takes two nodes down: a majority election keeps its quorum. */
    @Test
    void crashRunsStayWithinTheBudget() {
        AdaptedAlgorithm minority = AdaptedAlgorithm.declared("x", Declaration.parse(List.of("crash"), "any", 100),
                (self, cluster) -> { throw new AssertionError(); });
        AdaptedAlgorithm half = AdaptedAlgorithm.declared("x", Declaration.parse(List.of("crash"), "any", 100)
                .withCrashBudget(CrashBudget.HALF), (self, cluster) -> { throw new AssertionError(); });
        int mostUnderMinority = 0;
        int mostUnderHalf = 0;
        for (long seed = 1; seed <= 300; seed++) {
            mostUnderMinority = Math.max(mostUnderMinority, crashed(Runs.generate(minority, null, 4, FaultClass.CRASH,
                    seed)));
            mostUnderHalf = Math.max(mostUnderHalf, crashed(Runs.generate(half, null, 4, FaultClass.CRASH, seed)));
        }
        assertEquals(1, mostUnderMinority);
        assertEquals(2, mostUnderHalf);
    }

    private static int crashed(RunSpec run) {
        return (int) run.schedule().faults().stream().filter(f -> f instanceof Fault.Crash).count();
    }

    @Test
    void likeCopiesEverythingTheReferenceDeclares() {
        Algorithm lease = Algorithms.byName("paxos+lease");
        AdaptedAlgorithm port = AdaptedAlgorithm.mirroring("port", lease, (self, cluster) -> {
            throw new AssertionError();
        });
        Cluster five = Cluster.ofSize(5);
        assertTrue(port.exclusiveLeadership(), "a lease's one leader at a time");
        assertEquals(lease.assumptions(), port.assumptions());
        assertEquals(lease.faultAftermath(five), port.faultAftermath(five));
        assertEquals(lease.terminationBound(five), port.terminationBound(five));
        assertEquals(lease.crashBudget(five), port.crashBudget(five));
        assertEquals(lease.electionMessageTypes(), port.electionMessageTypes());
        AdaptedAlgorithm raftPort = AdaptedAlgorithm.mirroring("port", Algorithms.byName("raft"),
                (self, cluster) -> { throw new AssertionError(); }, java.util.Set.of("VoteRequest"));
        assertEquals(java.util.Set.of("VoteRequest"), raftPort.electionMessageTypes());
    }
}
