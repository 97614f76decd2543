package dev.electorate.impl.hirschbergsinclair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.ClusterDriver;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

/** Hirschberg-Sinclair on hand-built rings: who wins, what it costs, and what its mutants break. */
class HirschbergSinclairTest {

    static final HirschbergSinclairAlgorithm HS = new HirschbergSinclairAlgorithm();
    static final Set<String> VARS = Set.of("state", "leader", "phase", "replies");
    static final IntBinaryOperator ONE_TICK = (from, to) -> 1;
    static final IntBinaryOperator SLOWEST = (from, to) -> (int) Timing.MAX_DELAY;
    /** Fixed but unequal link delays, so the two directions race. */
    static final IntBinaryOperator SKEWED = (from, to) -> 1 + (from * 7 + to * 3) % (int) Timing.MAX_DELAY;

    static ClusterDriver run(List<Integer> ring, String mutant, IntBinaryOperator delay) {
        Cluster cluster = new Cluster(ring);
        ClusterDriver d = new ClusterDriver(HS, cluster, mutant, delay, VARS, false);
        d.runUntil(HS.terminationBound(cluster));
        return d;
    }

    static List<Integer> decreasing(int n) {
        List<Integer> ids = new ArrayList<>();
        for (int i = n; i >= 1; i--) {
            ids.add(i);
        }
        return ids;
    }

    @Test
    void theHighestIdLeadsWithinTheBoundWhateverTheDelays() {
        for (List<Integer> ring : List.of(List.of(3, 7, 1, 5, 2, 6, 4), decreasing(8), List.of(2, 1), List.of(1))) {
            for (IntBinaryOperator delay : List.of(ONE_TICK, SLOWEST, SKEWED)) {
                ClusterDriver d = run(ring, null, delay);
                int max = new Cluster(ring).maxId();
                assertEquals(max, d.settledLeader(), ring + " " + d.actions());
                assertEquals(-1, d.firstOverlap());
                assertEquals(HirschbergSinclairAlgorithm.ceilLog2(ring.size()), d.vars(max).get("phase"),
                        "the winner's last phase is the first whose probes reach round the ring");
                assertEquals(ring.size() == 1 ? 0 : ring.size(), d.sent("Elected"));
            }
        }
    }

    @Test
    void theMessageBoundHoldsAndIsTheTextbookOne() {
        assertEquals(8 * 7 * 4, HirschbergSinclairAlgorithm.messageBound(7));
        assertEquals(8 * 8 * 4, HirschbergSinclairAlgorithm.messageBound(8));
        assertEquals(8 * 9 * 5, HirschbergSinclairAlgorithm.messageBound(9));
        for (int n = 2; n <= 16; n++) {
            ClusterDriver d = run(decreasing(n), null, SKEWED);
            long used = d.sent("Probe") + d.sent("Reply");
            assertTrue(used <= HirschbergSinclairAlgorithm.messageBound(n), "n=" + n + ": " + used);
        }
    }

    @Test
    void phaseZeroCostsExactlyFourPerNodeWhenEveryOtherNodeIsALocalMaximum() {
        // 2, 1, 4, 3, 6, 5: the even ids beat both neighbours, the odd ones lose both probes at once.
        ClusterDriver d = run(List.of(2, 1, 4, 3, 6, 5), null, ONE_TICK);
        assertEquals(6, d.settledLeader());
        assertTrue(d.sent("Probe") + d.sent("Reply") <= HirschbergSinclairAlgorithm.messageBound(6));
        assertEquals(6, d.sent("Elected"));
    }

    @Test
    void replySmallerElectsSeveralLeaders() {
        ClusterDriver d = run(List.of(3, 1, 2), "reply-smaller", ONE_TICK);
        assertTrue(d.firstOverlap() >= 0, "two nodes led at once: " + d.actions());
    }

    @Test
    void noNextPhaseElectsNobody() {
        ClusterDriver d = run(List.of(3, 1, 2), "no-next-phase", ONE_TICK);
        assertEquals(0, d.settledLeader());
        assertTrue(d.liveLeaders().isEmpty());
    }

    @Test
    void anUnknownMutantIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HS.create(1, Cluster.ofSize(3), "nope"));
        assertTrue(e.getMessage().contains("reply-smaller"), e.getMessage());
    }

    @Test
    void itDeclaresTheClassicFaultModel() {
        assertEquals(List.of("none", "duplicate", "reorder", "pause", "clock-skew"),
                HS.assumptions().admitted().stream().map(Object::toString).toList());
    }
}
