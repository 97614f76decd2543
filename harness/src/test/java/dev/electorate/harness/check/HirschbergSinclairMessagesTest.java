package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.impl.hirschbergsinclair.HirschbergSinclairAlgorithm;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Properties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Hirschberg-Sinclair's message count with no faults: PROBE and REPLY messages stay within the
 * classic bound 8n(1 + ceil(log2 n)) for every arrangement of 5, 6 and 7 ids and for sampled ones
 * of 8; and the comparison with Chang-Roberts' worst case (n(n+1)/2 ELECTION messages, ids
 * decreasing along the ring) as measured: Hirschberg-Sinclair loses it on small rings and wins it
 * on large ones. The count depends on the arrangement alone (whether a probe goes on depends only
 * on the ids it meets, never on a race), so enumerating the arrangements gives the exact worst case.
 */
class HirschbergSinclairMessagesTest {

    static final Algorithm HS = Algorithms.byName("hirschberg-sinclair");

    /** PROBE and REPLY messages of a whole fault-free run, after checking that the run keeps every property. */
    static long hsMessages(List<Integer> ring, long seed) {
        Trace trace = Runs.execute(new RunSpec(HS, null, ring, seed, FaultClass.NONE, FaultSchedule.NONE));
        assertEquals(List.of(), Properties.check(trace, HS), () -> "ring " + ring);
        int end = trace.steps().size();
        assertEquals(ring.size(), trace.messagesSent(end, "Elected"), "ELECTED goes once round the ring");
        return trace.messagesSent(end, "Probe") + trace.messagesSent(end, "Reply");
    }

    /** Chang-Roberts' ELECTION messages, measured. */
    static long crMessages(List<Integer> ring) {
        Trace trace = Runs.execute(new RunSpec(Algorithms.byName("chang-roberts"), null, ring, 0, FaultClass.NONE, FaultSchedule.NONE));
        return trace.messagesSent(trace.steps().size(), "Election");
    }

    static long bound(int n) {
        return HirschbergSinclairAlgorithm.messageBound(n);
    }

    static List<Integer> decreasing(int n) {
        List<Integer> ids = new ArrayList<>();
        for (int i = n; i >= 1; i--) {
            ids.add(i);
        }
        return ids;
    }

    static void permutations(List<Integer> prefix, List<Integer> rest, Consumer<List<Integer>> each) {
        if (rest.isEmpty()) {
            each.accept(List.copyOf(prefix));
            return;
        }
        for (int i = 0; i < rest.size(); i++) {
            List<Integer> left = new ArrayList<>(rest);
            prefix.add(left.remove(i));
            permutations(prefix, left, each);
            prefix.remove(prefix.size() - 1);
        }
    }

    /** Min and max of the count over every arrangement of 1..n. */
    static long[] everyArrangement(int n) {
        long[] minMax = {Long.MAX_VALUE, 0, 0};
        permutations(new ArrayList<>(), new ArrayList<>(decreasing(n)), ring -> {
            long m = hsMessages(ring, minMax[2]++);
            assertTrue(m <= bound(n), "ring " + ring + ": " + m + " messages, bound " + bound(n));
            minMax[0] = Math.min(minMax[0], m);
            minMax[1] = Math.max(minMax[1], m);
        });
        return minMax;
    }

    static List<List<Integer>> sample(int n, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Integer>> rings = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            List<Integer> ids = decreasing(n);
            for (int i = n - 1; i > 0; i--) {
                Collections.swap(ids, i, random.nextInt(i + 1));
            }
            rings.add(ids);
        }
        return rings;
    }

    @Test
    void theBoundIsTheTextbookOne() {
        assertEquals(160, bound(5));
        assertEquals(224, bound(7));
        assertEquals(256, bound(8));
        assertEquals(360, bound(9)); // 9 nodes need a fifth phase: 8 * 9 * 5
    }

    @Test
    void everyArrangementOfFiveToSevenAndSampledOnesOfEightStayWithinTheBound() {
        for (int n = 5; n <= 7; n++) {
            long[] minMax = everyArrangement(n);
            System.out.printf("n=%d, all %d arrangements: %d to %d PROBE+REPLY messages, bound %d, Chang-Roberts' worst %d%n",
                    n, IntStream.rangeClosed(1, n).reduce(1, (a, b) -> a * b), minMax[0], minMax[1], bound(n),
                    crMessages(decreasing(n)));
            // Hirschberg-Sinclair's best arrangement costs more than Chang-Roberts' worst on these rings.
            assertTrue(minMax[0] > crMessages(decreasing(n)), "n=" + n);
        }
        List<List<Integer>> rings = sample(8, 2000, 8);
        rings.add(decreasing(8));
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < rings.size(); i++) {
            long m = hsMessages(rings.get(i), i);
            assertTrue(m <= bound(8), "ring " + rings.get(i) + ": " + m + " messages, bound " + bound(8));
            min = Math.min(min, m);
            max = Math.max(max, m);
        }
        System.out.printf("n=8, %d sampled arrangements: %d to %d PROBE+REPLY messages, bound %d, Chang-Roberts' worst %d%n",
                rings.size(), min, max, bound(8), crMessages(decreasing(8)));
        assertTrue(min > crMessages(decreasing(8)));
    }

    @Test
    void changRobertsWorstCaseIsAsMeasured() {
        for (int n : new int[] {5, 8, 20, 21, 64}) {
            assertEquals((long) n * (n + 1) / 2, crMessages(decreasing(n)), "n=" + n);
        }
    }

    /**
     * On Chang-Roberts' worst arrangement itself, Hirschberg-Sinclair sends more up to 20 nodes
     * (as many at 16) and fewer from 21 on.
     */
    @Test
    void onChangRobertsWorstArrangementItWinsFromTwentyOneNodes() {
        for (int n : new int[] {8, 16, 20, 21, 24, 32, 64}) {
            long hs = hsMessages(decreasing(n), n);
            long cr = crMessages(decreasing(n));
            System.out.printf("ids decreasing, n=%d: Hirschberg-Sinclair %d, Chang-Roberts %d%n", n, hs, cr);
            assertEquals(n >= 21, hs < cr, "n=" + n + ": HS " + hs + ", CR " + cr);
        }
    }

    /** At 64 nodes even the costliest of 100 sampled arrangements beats Chang-Roberts' worst case. */
    @Test
    void atSixtyFourNodesItsCostliestSampledArrangementBeatsChangRobertsWorstCase() {
        long max = 0;
        List<List<Integer>> rings = sample(64, 100, 64);
        for (int i = 0; i < rings.size(); i++) {
            max = Math.max(max, hsMessages(rings.get(i), i));
        }
        long cr = crMessages(decreasing(64));
        System.out.printf("n=64, 100 sampled arrangements: at most %d PROBE+REPLY messages, bound %d, Chang-Roberts' worst %d%n",
                max, bound(64), cr);
        assertTrue(max < cr && max <= bound(64));
    }

    /** The bound itself is below n(n+1)/2 only from 128 nodes: at 128, and then for every n from 144. */
    @Test
    void theBoundBeatsChangRobertsWorstCaseOnlyOnLargeRings() {
        for (int n = 2; n <= 4096; n++) {
            boolean below = bound(n) < (long) n * (n + 1) / 2;
            assertEquals(n == 128 || n >= 144, below, "n=" + n + ": bound " + bound(n));
        }
    }
}
