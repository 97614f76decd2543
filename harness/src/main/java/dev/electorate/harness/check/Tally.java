package dev.electorate.harness.check;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running totals of one cell, fed by the threads that execute its runs: runs and violated runs,
 * violations per property, the election measurements, and the failing run with the lowest run number,
 * so that a cell's result is the same however the threads interleave.
 */
public final class Tally {
    // Guarded by this object's lock, every field together: the totals of a moment must count each run
    // in all of them or in none.
    private final Map<String, Integer> byProperty = new LinkedHashMap<>();
    private int runs;
    private int violatedRuns;
    private int cappedRuns;
    private int firstFailureRun;
    private RunOutcome firstFailure;
    private long[] ticksToElect = new long[16];
    private long[] messagesToElect = new long[16];
    private long[] electionMessagesToElect = new long[16];

    /** An empty tally whose per-property counts list {@code properties} in this order, from 0. */
    public Tally(List<String> properties) {
        properties.forEach(p -> byProperty.put(p, 0));
    }

    /**
     * The totals at one moment.
     *
     * @param byProperty   violations per property name, in the order the tally was made with
     * @param firstFailure the violated run with the lowest run number, or null
     */
    public record Totals(int runs, int violatedRuns, Map<String, Integer> byProperty, RunOutcome firstFailure,
                         Stats ticksToElect, Stats messagesToElect, Stats electionMessagesToElect, int cappedRuns) {
    }

    /** Counts the outcome of run number {@code run}; run numbers are distinct within a cell. */
    public synchronized void add(int run, RunOutcome outcome) {
        if (runs == ticksToElect.length) {
            ticksToElect = Arrays.copyOf(ticksToElect, 2 * runs);
            messagesToElect = Arrays.copyOf(messagesToElect, 2 * runs);
            electionMessagesToElect = Arrays.copyOf(electionMessagesToElect, 2 * runs);
        }
        ticksToElect[runs] = outcome.ticksToElect();
        messagesToElect[runs] = outcome.messagesToElect();
        electionMessagesToElect[runs] = outcome.electionMessagesToElect();
        runs++;
        if (outcome.capped()) {
            cappedRuns++;
        }
        if (outcome.violated()) {
            violatedRuns++;
            outcome.violations().forEach(v -> byProperty.merge(v.property(), 1, Integer::sum));
            // The lowest run number, not the first to finish: threads finish in any order.
            if (firstFailure == null || run < firstFailureRun) {
                firstFailure = outcome;
                firstFailureRun = run;
            }
        }
    }

    /** The totals so far; after the last {@link #add}, the cell's. */
    public synchronized Totals totals() {
        return new Totals(runs, violatedRuns, Collections.unmodifiableMap(new LinkedHashMap<>(byProperty)),
                firstFailure, Stats.of(Arrays.copyOf(ticksToElect, runs)),
                Stats.of(Arrays.copyOf(messagesToElect, runs)),
                Stats.of(Arrays.copyOf(electionMessagesToElect, runs)), cappedRuns);
    }
}
