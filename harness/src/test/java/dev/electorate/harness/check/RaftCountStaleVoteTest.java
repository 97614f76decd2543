package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.exhaustive.ExhaustiveExplorer;
import dev.electorate.harness.exhaustive.ModelBounds;
import dev.electorate.impl.raft.RaftAlgorithm;
import org.junit.jupiter.api.Test;

/**
 * Raft's count-stale-vote mutant (a candidate counts a grant of an earlier term) breaks Uniqueness
 * only when a grant is still on its way as the candidate's election timeout fires, which delays of a
 * tenth of the timeout almost never allow in a simulated run; exhaustive exploration within MCRaft3's
 * bounds (two early timeouts, terms up to 2) reaches it in 10 moves, and the unmutated nodes break
 * nothing in ten times as many states of the same bounds, or in all of them.
 */
class RaftCountStaleVoteTest {

    static final RaftAlgorithm RAFT = new RaftAlgorithm();

    @Test
    void exhaustiveExplorationFindsTheStaleVoteAndNothingWithoutIt() {
        ModelBounds bounds = ModelBounds.choose("raft", 3, null, "MCRaft3");
        ExhaustiveExplorer.Result mutant = ExhaustiveExplorer.explore(
                new ExhaustiveExplorer.Plan(RAFT, "count-stale-vote", bounds, 100_000, 1_000));
        assertTrue(mutant.violation().isPresent(), "count-stale-vote not found in " + mutant.states() + " states");
        assertEquals("Uniqueness", mutant.violation().get().violation().property());
        assertEquals(10, mutant.violation().get().path().size());
        long budget = 10 * mutant.states();
        ExhaustiveExplorer.Result clean = ExhaustiveExplorer.explore(
                new ExhaustiveExplorer.Plan(RAFT, null, bounds, budget, 1_000));
        assertTrue(clean.violation().isEmpty() && (clean.complete() || clean.states() >= budget),
                "unmutated raft within MCRaft3: " + clean.violation() + ", " + clean.states() + " of " + budget + " states");
    }
}
