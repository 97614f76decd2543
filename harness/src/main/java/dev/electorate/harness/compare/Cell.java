package dev.electorate.harness.compare;

import dev.electorate.harness.check.Stats;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measurements of one (algorithm, n, scenario): medians and 99th percentiles as {@code check}
 * gives them ({@link Stats}), means and maxima for the textbook averages and worst cases, and why
 * runs gave nothing.
 *
 * @param runs          runs tried
 * @param measured      runs that gave a measurement
 * @param counted       the textbook's message count per election
 * @param messages      every message per election
 * @param ticks         ticks to elect
 * @param countedMean   mean of {@code counted}
 * @param countedMax    largest {@code counted}
 * @param ticksMean     mean of {@code ticks}
 * @param oneRound      runs whose election took one term (or had no terms)
 * @param highestWon    runs that elected the highest live id
 * @param empty         why the whole cell is empty (the scenario lies outside the algorithm's assumptions), or null
 * @param failures      why runs gave nothing, each reason with how many runs
 */
public record Cell(String algorithm, int n, Scenario scenario, int runs, int measured, Stats counted, Stats messages,
                   Stats ticks, double countedMean, long countedMax, double ticksMean, int oneRound, int highestWon,
                   String empty, Map<String, Integer> failures) {

    /** A cell not run, and why. */
    static Cell skipped(String algorithm, int n, Scenario scenario, String why) {
        Stats none = Stats.of(new long[0]);
        return new Cell(algorithm, n, scenario, 0, 0, none, none, none, Double.NaN, -1, Double.NaN, 0, 0, why, Map.of());
    }

    /** The cell of {@code results}, one per run. */
    static Cell of(String algorithm, int n, Scenario scenario, List<Measurement> results) {
        long[] counted = results.stream().filter(Measurement::ok).mapToLong(Measurement::counted).toArray();
        long[] messages = results.stream().filter(Measurement::ok).mapToLong(Measurement::messages).toArray();
        long[] ticks = results.stream().filter(Measurement::ok).mapToLong(Measurement::ticks).toArray();
        int oneRound = (int) results.stream().filter(m -> m.ok() && m.rounds() <= 1).count();
        int highest = (int) results.stream().filter(m -> m.ok() && m.leader() == m.highestLive()).count();
        Map<String, Integer> failures = new TreeMap<>();
        results.stream().filter(m -> !m.ok()).forEach(m -> failures.merge(generalize(m.failure()), 1, Integer::sum));
        return new Cell(algorithm, n, scenario, results.size(), counted.length, Stats.of(counted), Stats.of(messages),
                Stats.of(ticks), mean(counted), Arrays.stream(counted).max().orElse(-1), mean(ticks), oneRound, highest,
                null, failures);
    }

    /** Failure texts without their ticks, so that equal reasons count together. */
    private static String generalize(String failure) {
        return failure.replaceAll("tick \\d+", "tick T").replaceAll("leader \\d+", "leader");
    }

    private static double mean(long[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** Whether any run gave a measurement. */
    public boolean hasData() {
        return measured > 0;
    }

    /** Why the cell shows no figure, or, when some runs failed, what happened to them; empty when all ran. */
    public String note() {
        if (empty != null) {
            return empty;
        }
        if (failures.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        failures.forEach((why, count) -> b.append(b.length() == 0 ? "" : "; ").append(count).append(" of ").append(runs)
                .append(" runs: ").append(why));
        return b.toString();
    }
}
