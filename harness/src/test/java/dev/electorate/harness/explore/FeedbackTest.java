package dev.electorate.harness.explore;

import dev.electorate.harness.check.Attempt;
import dev.electorate.harness.check.Coverage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.check.NodeRange;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guided search's feedback: features numbered once, counted per run, coarser than {@link Coverage}. */
class FeedbackTest {

    private static final Algorithm RAFT = Algorithms.byName("raft");

    private static Attempt run(List<Integer> sequence) {
        return Attempt.of(sequence, RAFT, null, new NodeRange(3, 5), List.of(FaultClass.CRASH), 3);
    }

    @Test
    void aRunAgainReachesTheSameFeaturesAndNothingUnique() {
        Feedback f = new Feedback();
        Attempt one = run(List.of(0, 0, 0, 2, 1, 7));
        int[] first = f.features(one.trace());
        assertTrue(Arrays.stream(first).allMatch(f::unique), "a first run's features are all its own");
        int[] again = f.features(one.trace());
        assertArrayEquals(first, again);
        assertTrue(Arrays.stream(again).noneMatch(f::unique));
        assertTrue(Arrays.stream(again).allMatch(x -> f.hits(x) == 2));
    }

    @Test
    void theFeedbackIsCoarserThanTheReportedCoverage() {
        Feedback f = new Feedback();
        Coverage c = new Coverage();
        int features = 0;
        for (int seed = 1; seed <= 30; seed++) {
            Attempt a = Attempt.of(new dev.electorate.harness.sim.SeededChoices(seed), RAFT, null, new NodeRange(3, 5),
                    List.of(FaultClass.CRASH), seed, dev.electorate.harness.fault.DriftBound.UNBOUNDED);
            features = Math.max(features, Arrays.stream(f.features(a.trace())).max().orElse(0) + 1);
            c.add(a.trace());
        }
        assertTrue(features < c.states() + c.transitions(), features + " features against " + c.states() + " states and "
                + c.transitions() + " transitions");
    }
}
