package dev.electorate.harness.explore;

import dev.electorate.harness.check.Attempt;
import dev.electorate.harness.check.Coverage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guided search: deterministic for a seed, its failures shrink and replay as a random search's do,
 * and the coverage it steers by counts a situation once however often it recurs.
 */
class GuidedExplorerTest {

    private static final Algorithm BULLY = Algorithms.byName("bully");
    private static final NodeRange NODES = new NodeRange(3, 5);

    private static Explorer.Plan plan(String mutant, int tries, long seed) {
        return new Explorer.Plan(BULLY, mutant, NODES, BULLY.assumptions().admitted(), tries, seed, 300);
    }

    @Test
    void theSameSeedGivesTheSameSearchAndTheSameCoverage() {
        Coverage first = new Coverage();
        Coverage second = new Coverage();
        Explorer.Outcome a = GuidedExplorer.explore(plan(null, 150, 7), Progress.quiet(), first);
        Explorer.Outcome b = GuidedExplorer.explore(plan(null, 150, 7), Progress.quiet(), second);
        assertTrue(a.failure().isEmpty(), () -> "the reference Bully failed: " + a.failure().get().violation());
        assertEquals(a.runs(), b.runs());
        assertEquals(first.states(), second.states());
        assertEquals(first.transitions(), second.transitions());
        assertEquals(first.actions(), second.actions());
    }

    @Test
    void aMutantFoundByTheGuidedSearchShrinksAndReplays() {
        Explorer.Outcome o = GuidedExplorer.explore(plan("no-heartbeat-timeout", 2000, 1), Progress.quiet(), new Coverage());
        assertTrue(o.failure().isPresent(), "the guided search found nothing in " + o.runs() + " runs");
        Explorer.Failure f = o.failure().get();
        Trace replayed = Runs.execute(f.shrunk().run());
        assertEquals(f.shrunk().trace().steps(), replayed.steps(), "the shrunk run replays from its run spec alone");
        assertTrue(f.shrunk().trace().steps().size() <= f.original().trace().steps().size());
        Explorer.Outcome again = GuidedExplorer.explore(plan("no-heartbeat-timeout", 2000, 1), Progress.quiet(), new Coverage());
        assertEquals(f.tries(), again.failure().orElseThrow().tries(), "the same seed finds it after the same runs");
        assertEquals(f.shrunk().sequence(), again.failure().orElseThrow().shrunk().sequence());
    }

    @Test
    void everyRunComesFromOneSourceAndTheAimedFaultsTakeTheirShare() {
        Ledger ledger = new Ledger();
        Explorer.Plan p = new Explorer.Plan(Algorithms.byName("raft"), null, NODES,
                Algorithms.byName("raft").assumptions().admitted(), 300, 11, 0);
        Explorer.Outcome o = GuidedExplorer.explore(p, Progress.quiet(), new Coverage(), GuidedExplorer.Mix.DEFAULT, ledger);
        assertTrue(o.failure().isEmpty(), () -> "the reference Raft failed: " + o.failure().get().violation());
        int all = 0;
        for (Ledger.Source s : Ledger.Source.values()) {
            all += ledger.runs(s);
        }
        assertEquals(300, all, ledger.toString());
        assertTrue(ledger.runs(Ledger.Source.FRESH) >= GuidedExplorer.WARM_UP, ledger.toString());
        assertTrue(ledger.runs(Ledger.Source.AIMED) > 20, ledger.toString());
    }

    @Test
    void aRunAddedTwiceAddsNothingNewAndADifferentRunDoes() {
        Explorer.Plan p = new Explorer.Plan(BULLY, null, NODES, List.of(FaultClass.CRASH), 1, 3, 0);
        Attempt one = Attempt.of(List.of(0, 0, 0, 2, 1, 7), p.algorithm(), null, p.nodes(), p.faults(), 3);
        Attempt other = Attempt.of(List.of(0, 2, 1, 1, 40, 3, 9), p.algorithm(), null, p.nodes(), p.faults(), 3);
        Coverage c = new Coverage();
        assertTrue(c.add(one.trace()) > 0);
        int states = c.states();
        assertEquals(0, c.add(one.trace()), "the same run again reaches nothing new");
        assertEquals(states, c.states());
        c.add(other.trace());
        assertTrue(c.states() > states, "a run of another size and other faults reaches other situations");
        assertTrue(c.actions().get("Crash") >= 2, c.actions().toString());
    }

    @Test
    void exploreReportsCoverageAndTheGuidedSearchIsAFlagOfTheRandomOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var o = dev.electorate.harness.cli.CliTest.run("explore", "--algorithm", "bully", "--tries", "40", "--nodes", "3..4",
                "--guided", "--coverage", "--no-progress", "--out", dir.toString());
        assertEquals(0, o.status(), o.out() + o.err());
        assertTrue(o.out().matches("(?s)coverage after 40 runs \\(guided\\): \\d+ abstract states, \\d+ transitions\n  actions: .*Crash \\d+.*"), o.out());
        assertTrue(o.out().contains("  spec actions that never occurred: "), o.out());
        var exhaustive = dev.electorate.harness.cli.CliTest.run("explore", "--algorithm", "bully", "--exhaustive", "--guided",
                "--no-progress", "--out", dir.resolve("x").toString());
        assertEquals(2, exhaustive.status(), exhaustive.out() + exhaustive.err());
        assertTrue(exhaustive.err().contains("--guided"), exhaustive.err());
    }
}
