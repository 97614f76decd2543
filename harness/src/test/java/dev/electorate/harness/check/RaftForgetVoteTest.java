package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.impl.raft.RaftAlgorithm;
import dev.electorate.spec.FaultClass;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raft's forget-vote mutant (votedFor not persisted) breaks Uniqueness in the simulator, and the
 * shrunk counterexample is the textbook one: a voter crashes right after granting a vote and
 * restarts, then grants a second candidate of the same term; one fault, a bounce (crash and
 * restart). The bug needs a split vote and a crash inside a few ticks, so it takes about a
 * thousand runs of a 5-node cluster (seeds 1 to 1,000 hold the first); AlgorithmsHoldTest's 300
 * runs per class do not reach it.
 */
class RaftForgetVoteTest {

    @TempDir
    Path out;

    @Test
    void aVoterThatForgetsItsVoteAcrossARestartElectsTwoLeadersInOneTerm() {
        List<CellResult> results = new Checker(new Checker.Plan(List.of(new RaftAlgorithm()), "forget-vote",
                List.of(FaultClass.CRASH_RECOVER), new NodeRange(5, 5), 1000, 1, out)).run();
        CellResult r = results.get(0);
        assertEquals(Verdict.VIOLATED_UNEXPECTED, r.verdict(), () -> "forget-vote survived: " + r.byProperty());
        Counterexample c = r.counterexample();
        assertNotNull(c);
        assertEquals("Uniqueness", c.violation().property(), c.violation()::toString);
        List<Fault> faults = c.run().schedule().faults();
        assertTrue(faults.size() <= 3 && faults.stream().anyMatch(f -> f instanceof Fault.Bounce),
                () -> "expected at most three faults, a bounce among them: " + c.run().schedule().describe());
    }

    @Test
    void theUnmutatedRaftHoldsOnTheSameRuns() {
        List<CellResult> results = new Checker(new Checker.Plan(List.of(new RaftAlgorithm()), null,
                List.of(FaultClass.CRASH_RECOVER), new NodeRange(5, 5), 1000, 1, out)).run();
        assertEquals(Verdict.HOLDS, results.get(0).verdict(), () -> results.get(0).byProperty().toString());
    }
}
