package dev.electorate.harness.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.check.Attempt;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.fault.DriftBound;
import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.sim.SeededChoices;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Faults aimed at the points a run chose: every aimable class is written as the fault planner draws it,
 * a run with an aimed crash repeats its parent up to the point and crashes the node right after its
 * change, and the points are the changes of a node's recorded state and nothing else.
 */
class AimedFaultsTest {

    private static final Algorithm RAFT = Algorithms.byName("raft");
    private static final NodeRange NODES = new NodeRange(3, 5);

    private static Explorer.Plan plan(Algorithm a, List<FaultClass> classes) {
        return new Explorer.Plan(a, null, NODES, classes, 1, 1, 0);
    }

    /** The first run from seed 1 up whose drawn class is {@code none}: its steps are all the nodes' own. */
    private static Attempt quietRun(Algorithm a, List<FaultClass> classes) {
        for (long seed = 1; ; seed++) {
            Attempt at = Attempt.of(new SeededChoices(seed), a, null, NODES, classes, seed, DriftBound.UNBOUNDED);
            if (at.run().faultClass() == FaultClass.NONE) {
                return at;
            }
        }
    }

    @Test
    void everyAimableClassIsWrittenAsThePlannerDrawsIt() {
        for (Algorithm a : List.of(RAFT, Algorithms.byName("bully"), Algorithms.byName("itai-rodeh"))) {
            List<FaultClass> classes = a.assumptions().admitted();
            Attempt parent = quietRun(a, classes);
            List<FaultPoint> points = FaultPoint.of(parent.trace(), a.electionMessageTypes());
            assertFalse(points.isEmpty(), a.name() + " changed no node's state");
            int aimed = 0;
            for (FaultClass c : classes) {
                var head = AimedFaults.head(plan(a, classes), parent.sequence(), c, points.subList(0, 1), new SplittableRandom(3));
                assertEquals(AimedFaults.AIMABLE.contains(c), head.isPresent(), a.name() + " under " + c.cliName());
                aimed += head.isPresent() ? 1 : 0;
            }
            assertTrue(aimed > 0, a.name());
        }
        Attempt parent = quietRun(RAFT, RAFT.assumptions().admitted());
        FaultPoint late = new FaultPoint(1, 1_000_000, 0, "Timeout", false);
        assertTrue(AimedFaults.head(plan(RAFT, RAFT.assumptions().admitted()), parent.sequence(), FaultClass.CRASH_RECOVER,
                List.of(late), new SplittableRandom(3)).isEmpty(), "a point past the fault window cannot be aimed at");
    }

    @Test
    void aCrashAimedAtAVoteRepeatsTheRunUpToItAndABounceStrikesRightAfter() {
        List<FaultClass> classes = List.of(FaultClass.NONE, FaultClass.CRASH_RECOVER);
        Attempt parent = quietRun(RAFT, classes);
        FaultPoint vote = FaultPoint.of(parent.trace(), RAFT.electionMessageTypes()).stream()
                .filter(FaultPoint::onElectionMessage).findFirst().orElseThrow();
        Set<Class<?>> kinds = new HashSet<>();
        for (long r = 1; r <= 10; r++) {
            List<Integer> child = new ArrayList<>(AimedFaults.head(plan(RAFT, classes), parent.sequence(),
                    FaultClass.CRASH_RECOVER, List.of(vote), new SplittableRandom(r)).orElseThrow());
            child.addAll(parent.sequence().subList(parent.faultChoices(), parent.sequence().size()));
            Attempt aimed = Attempt.of(child, RAFT, null, NODES, classes, parent.run().seed());
            assertEquals(FaultClass.CRASH_RECOVER, aimed.run().faultClass());
            assertEquals(parent.run().members(), aimed.run().members(), "the parent's cluster is kept");
            Fault fault = aimed.run().schedule().faults().get(0);
            kinds.add(fault.getClass());
            assertEquals(vote.tick(), fault.at(), "armed at the point");
            List<Step> before = parent.trace().steps();
            List<Step> after = aimed.trace().steps();
            int i = 0;
            while (before.get(i).time() < vote.tick()
                    || !(before.get(i).node() == vote.node() && before.get(i).kind() == Step.Kind.RECEIVE)) {
                assertEquals(before.get(i), after.get(i), "step " + i + " before the point differs from the parent's");
                i++;
            }
            if (fault instanceof Fault.Bounce) {
                assertEquals(before.get(i), after.get(i), "the vote itself is the parent's");
                Step crash = after.get(i + 1);
                assertEquals("Crash", crash.action(), "the node crashes right after its vote: " + crash);
                assertEquals(vote.node(), crash.node());
                assertEquals(vote.tick(), crash.time());
                assertNotEquals(before.get(i + 1), crash);
            }
        }
        assertEquals(Set.of(Fault.Bounce.class, Fault.Contest.class), kinds, "a vote is bounced or contested");
    }

    @Test
    void thePointsAreTheChangesOfANodesRecordedState() {
        Attempt run = quietRun(RAFT, RAFT.assumptions().admitted());
        List<FaultPoint> points = FaultPoint.of(run.trace(), RAFT.electionMessageTypes());
        Map<Integer, Step> last = new HashMap<>();
        List<FaultPoint> expected = new ArrayList<>();
        for (int i = 0; i < run.trace().steps().size(); i++) {
            Step s = run.trace().steps().get(i);
            Step prior = s.isFault() ? null : last.put(s.node(), s);
            if (prior != null && s.kind() != Step.Kind.RESTART
                    && (!Objects.equals(prior.vars(), s.vars()) || prior.role() != s.role() || prior.term() != s.term()
                        || prior.leader() != s.leader())) {
                expected.add(new FaultPoint(s.node(), s.time(), i, s.action(), s.kind() == Step.Kind.RECEIVE
                        && s.message().type().equals("RequestVote")));
            }
        }
        assertEquals(expected, points);
        assertTrue(points.stream().anyMatch(FaultPoint::onElectionMessage), "a vote is a point");
        assertTrue(points.stream().anyMatch(p -> !p.onElectionMessage()), "a timeout's candidacy is a point");
        assertTrue(points.size() < run.trace().steps().size(), "steps that change nothing are no points");
    }
}
