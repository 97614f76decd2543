package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.raft.RaftAlgorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Timing;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Uniqueness;
import dev.electorate.spec.property.Violation;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Raft's forget-vote mutant (votedFor not persisted) breaks Uniqueness with one fault, a bounce: a
 * voter crashes right after a RequestVote and restarts within a message delay, then grants a second
 * candidate of the same term. A crash at a uniform tick almost never lands there, so the random
 * crash-recover class does not find it in 300 runs; this search gives every 5-node run one bounce
 * armed during the first election. The unmutated Raft keeps Uniqueness on the same runs.
 */
class RaftForgetVoteTest {

    static final RaftAlgorithm RAFT = new RaftAlgorithm();
    static final int BUDGET = 2000;

    /** The first seed whose run breaks Uniqueness, with its violation, or empty within the budget. */
    static Optional<String> firstViolation(String mutant) {
        for (long seed = 1; seed <= BUDGET; seed++) {
            RunSpec generated = Runs.generate(RAFT, mutant, 5, FaultClass.CRASH_RECOVER, seed);
            SplittableRandom draw = new SplittableRandom(seed);
            int node = generated.members().get(draw.nextInt(5));
            Fault bounce = new Fault.Bounce(1 + draw.nextInt(250), node, 2000, 1 + draw.nextInt((int) Timing.MAX_DELAY));
            RunSpec spec = new RunSpec(generated.algorithm(), mutant, generated.members(), seed,
                    generated.faultClass(), new FaultSchedule(List.of(bounce)));
            Trace trace = Runs.execute(spec);
            Optional<Violation> v = new Uniqueness().check(trace, RAFT);
            if (v.isPresent()) {
                return Optional.of("seed " + seed + ", " + bounce.describe() + ": " + v.get());
            }
        }
        return Optional.empty();
    }

    @Test
    void aVoterThatForgetsItsVoteAcrossARestartElectsTwoLeadersInOneTerm() {
        Optional<String> found = firstViolation("forget-vote");
        assertTrue(found.isPresent(), "forget-vote survived " + BUDGET + " bounced runs");
        System.out.println("forget-vote: " + found.get());
    }

    @Test
    void theUnmutatedRaftHoldsOnTheSameRuns() {
        Optional<String> found = firstViolation(null);
        assertTrue(found.isEmpty(), () -> "Raft itself broke Uniqueness: " + found.get());
    }
}
