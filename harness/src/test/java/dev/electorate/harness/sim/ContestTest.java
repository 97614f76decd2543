package dev.electorate.harness.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.impl.raft.RaftAlgorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Uniqueness;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contest fault crashes the first node that handles an election message while a rival's is on
 * its way, and restarts it before the rival arrives; with no rivals it does nothing.
 */
class ContestTest {

    static final RaftAlgorithm RAFT = new RaftAlgorithm();

    static Trace run(String mutant, long seed, Fault contest) {
        RunSpec drawn = Runs.generate(RAFT, mutant, 3, FaultClass.CRASH_RECOVER, seed);
        return Runs.execute(new RunSpec(drawn.algorithm(), mutant, drawn.members(), seed,
                drawn.faultClass(), new FaultSchedule(List.of(contest))));
    }

    static boolean isRequestVote(Step s, int node) {
        return s.kind() == Step.Kind.RECEIVE && s.node() == node && s.message().type().equals("RequestVote");
    }

    @Test
    void theNodeCaughtBetweenRivalsCrashesAfterTheFirstAndAnswersTheSecondFromItsNewIncarnation() {
        int struck = 0;
        for (long s0 = 1; s0 <= 200; s0++) {
            long seed = s0;
            List<Step> steps = run(null, seed, new Fault.Contest(1, 2000, 10)).steps();
            List<Step> crashes = steps.stream().filter(s -> s.action().equals("Crash")).toList();
            if (crashes.isEmpty()) {
                continue;
            }
            struck++;
            assertEquals(1, crashes.size(), "seed " + seed + ": a contest crashes one node once");
            Step crash = crashes.get(0);
            Step before = steps.get(steps.indexOf(crash) - 1);
            assertTrue(isRequestVote(before, crash.node()) && before.time() == crash.time(),
                    "seed " + seed + ": the crash follows a RequestVote handled by the same node, got " + before);
            Step restart = steps.stream().filter(s -> s.kind() == Step.Kind.RESTART && s.node() == crash.node())
                    .findFirst().orElseThrow(() -> new AssertionError("seed " + seed + ": no restart"));
            assertTrue(restart.time() > crash.time() && restart.time() <= crash.time() + 10,
                    "seed " + seed + ": restarted within its downtime, at " + restart.time());
            Step rival = steps.subList(steps.indexOf(crash), steps.size()).stream()
                    .filter(s -> isRequestVote(s, crash.node()) && s.from() != before.from()).findFirst()
                    .orElseThrow(() -> new AssertionError("seed " + seed + ": the rival RequestVote never came"));
            assertTrue(rival.time() > restart.time(), "seed " + seed + ": the rival arrives after the restart");
            assertNotEquals(before.from(), rival.from());
        }
        assertTrue(struck >= 5, "only " + struck + " of 200 first elections had rival RequestVotes to strike between");
    }

    @Test
    void aContestWithNoRivalsInItsWindowCrashesNobody() {
        for (long seed = 1; seed <= 20; seed++) {
            // From tick 3000 the leader of the first election only sends heartbeats: no RequestVote at all.
            Trace trace = run(null, seed, new Fault.Contest(3000, 500, 10));
            assertTrue(trace.steps().stream().noneMatch(s -> s.action().equals("Crash")), "seed " + seed);
        }
    }

    @Test
    void aContestGivesAForgottenVoteTwiceWithinAFewHundredRunsAndRaftItselfHolds() {
        Optional<Long> found = Optional.empty();
        for (long seed = 1; seed <= 300 && found.isEmpty(); seed++) {
            Trace trace = run("forget-vote", seed, new Fault.Contest(1, 2000, 10));
            if (new Uniqueness().check(trace, RAFT).isPresent()) {
                found = Optional.of(seed);
            }
        }
        assertTrue(found.isPresent(), "forget-vote survived 300 contested 3-node runs");
        for (long seed = 1; seed <= found.get(); seed++) {
            Trace trace = run(null, seed, new Fault.Contest(1, 2000, 10));
            assertTrue(new Uniqueness().check(trace, RAFT).isEmpty(), "Raft itself broke Uniqueness at seed " + seed);
        }
    }
}
