package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.itairodeh.ItaiRodehAlgorithm;
import dev.electorate.impl.itairodeh.Rounds;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulator's Itai-Rodeh takes as many rounds as the Markov chain of {@link Rounds} says:
 * over 2,000 seeded fault-free runs, the mean number of rounds lies within 4 standard errors of
 * the exact expectation E(n, K), the standard error computed from the exact variance. The same
 * bound rejects runs drawn from a different K, so the test can fail.
 */
class ItaiRodehRoundsTest {

    static final int RUNS = 2000;
    static final double Z = 4;

    /** The rounds the winner of one seeded fault-free run took: its round when it won. */
    static int rounds(ItaiRodehAlgorithm algorithm, int n, long seed) {
        Trace trace = Runs.execute(new RunSpec(algorithm, null, Cluster.ofSize(n).members(), seed,
                FaultClass.NONE, FaultSchedule.NONE));
        return trace.steps().stream()
                .filter(s -> !s.isFault() && "Leader".equals(s.vars().get("state")) && s.action().equals("ReceiveElection"))
                .map(Step::vars).mapToInt(v -> (Integer) v.get("round")).findFirst()
                .orElseThrow(() -> new AssertionError("no leader in seed " + seed + " with n = " + n));
    }

    /** The rounds of {@link #RUNS} seeded runs of rings of n drawing from 1..k, seeds 1, 2, ... */
    static int[] measured(int n, int k) {
        ItaiRodehAlgorithm algorithm = new ItaiRodehAlgorithm(k);
        return LongStream.rangeClosed(1, RUNS).parallel().mapToInt(seed -> rounds(algorithm, n, seed)).toArray();
    }

    static double measuredMean(int n, int k) {
        return java.util.Arrays.stream(measured(n, k)).average().orElseThrow();
    }

    /** How many standard errors a mean of {@link #RUNS} runs lies from the chain's expectation. */
    static double zScore(double mean, Rounds chain) {
        double standardError = Math.sqrt(chain.variance().doubleValue() / RUNS);
        return (mean - chain.expected().doubleValue()) / standardError;
    }

    @ParameterizedTest(name = "n = {0}, K = {1}")
    @CsvSource({"4, 2", "7, 4"})
    void meanRoundsMatchTheExactExpectation(int n, int k) {
        Rounds chain = new Rounds(n, k);
        double mean = measuredMean(n, k);
        double z = zScore(mean, chain);
        System.out.printf("itai-rodeh n=%d K=%d: E = %s = %.4f, sd = %.4f; measured mean %.4f over %d runs (z = %+.2f)%n",
                n, k, chain.expected(), chain.expected().doubleValue(), Math.sqrt(chain.variance().doubleValue()),
                mean, RUNS, z);
        assertTrue(Math.abs(z) <= Z, "mean " + mean + " is " + z + " standard errors from E(" + n + ", " + k + ") = "
                + chain.expected());
    }

    /**
     * Beyond the mean: the share of runs won in the first round is P(n, 1), the chance that the
     * maximum of n draws is unique, within 4 binomial standard errors.
     */
    @ParameterizedTest(name = "n = {0}, K = {1}")
    @CsvSource({"4, 2", "7, 4"})
    void firstRoundWinsAsOftenAsAUniqueMaximumIsDrawn(int n, int k) {
        double p = new Rounds(n, k).transition(n, 1).doubleValue();
        long won = java.util.Arrays.stream(measured(n, k)).filter(r -> r == 1).count();
        double share = (double) won / RUNS;
        double z = (share - p) / Math.sqrt(p * (1 - p) / RUNS);
        System.out.printf("itai-rodeh n=%d K=%d: P(won in round 1) = %.4f, measured %.4f (z = %+.2f)%n", n, k, p, share, z);
        assertTrue(Math.abs(z) <= Z, "share " + share + " won in round 1, expected " + p + ": z = " + z);
    }

    /**
     * The chain's transition, run by run: the processes that enter round r + 1 are exactly those
     * that drew the maximum of round r, and the winner drew the unique maximum of its round.
     */
    @Test
    void exactlyTheHoldersOfTheMaximumGoOn() {
        ItaiRodehAlgorithm algorithm = new ItaiRodehAlgorithm(2);
        for (int n = 3; n <= 7; n++) {
            for (long seed = 1; seed <= 200; seed++) {
                Trace trace = Runs.execute(new RunSpec(algorithm, null, Cluster.ofSize(n).members(),
                        seed, FaultClass.NONE, FaultSchedule.NONE));
                // draws.get(r): node -> the id it drew on entering round r
                java.util.Map<Integer, java.util.Map<Integer, Integer>> draws = new java.util.TreeMap<>();
                for (Step s : trace.steps()) {
                    if (!s.isFault() && "Active".equals(s.vars().get("state"))) {
                        draws.computeIfAbsent((Integer) s.vars().get("round"), r -> new java.util.TreeMap<>())
                                .putIfAbsent(s.node(), (Integer) s.vars().get("id"));
                    }
                }
                int last = draws.size();
                for (int r = 1; r <= last; r++) {
                    java.util.Map<Integer, Integer> round = draws.get(r);
                    int max = round.values().stream().max(Integer::compare).orElseThrow();
                    java.util.Set<Integer> holders = new java.util.TreeSet<>();
                    round.forEach((node, id) -> {
                        if (id == max) {
                            holders.add(node);
                        }
                    });
                    if (r < last) {
                        assertEquals(holders, draws.get(r + 1).keySet(), "n = " + n + " seed " + seed + " round " + r);
                    } else {
                        assertEquals(1, holders.size(), "n = " + n + " seed " + seed + ": last round " + r
                                + " has no unique maximum: " + round);
                    }
                }
            }
        }
    }

    @Test
    void theBoundRejectsRoundsDrawnFromAnotherK() {
        // Rings of 4 drawing from 1..3 tie less often than E(4, 2) expects, and from 1..2 more than E(4, 3).
        double z23 = zScore(measuredMean(4, 3), new Rounds(4, 2));
        double z32 = zScore(measuredMean(4, 2), new Rounds(4, 3));
        System.out.printf("itai-rodeh wrong K: K=3 runs against E(4,2): z = %+.1f; K=2 runs against E(4,3): z = %+.1f%n",
                z23, z32);
        assertTrue(z23 < -Z, "K = 3 runs pass for K = 2: z = " + z23);
        assertTrue(z32 > Z, "K = 2 runs pass for K = 3: z = " + z32);
    }

    @Test
    void sameSeedSameRounds() {
        ItaiRodehAlgorithm algorithm = new ItaiRodehAlgorithm(2);
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals(rounds(algorithm, 5, seed), rounds(algorithm, 5, seed));
        }
    }
}
