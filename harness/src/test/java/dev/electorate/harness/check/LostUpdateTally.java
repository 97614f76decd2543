package dev.electorate.harness.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A broken twin of {@link Tally} for the concurrency tests: the run counters are volatile fields bumped
 * by a read-modify-write outside the lock, so two threads adding at once can lose a run, and a reader
 * can see a run in one total and not in another.
 */
final class LostUpdateTally {
    private final Map<String, Integer> byProperty = new LinkedHashMap<>();
    private volatile int runs;
    private volatile int violatedRuns;
    private int firstFailureRun;
    private RunOutcome firstFailure;
    private final List<Long> ticks = new ArrayList<>();
    private final List<Long> messages = new ArrayList<>();
    private final List<Long> electionMessages = new ArrayList<>();

    LostUpdateTally(List<String> properties) {
        properties.forEach(p -> byProperty.put(p, 0));
    }

    void add(int run, RunOutcome outcome) {
        int seen = runs;
        // A thread descheduled here overwrites another's count; the yield makes it likely for stress.
        Thread.yield();
        runs = seen + 1;
        if (outcome.violated()) {
            violatedRuns = violatedRuns + 1;
        }
        synchronized (this) {
            ticks.add(outcome.ticksToElect());
            messages.add(outcome.messagesToElect());
            electionMessages.add(outcome.electionMessagesToElect());
            if (outcome.violated()) {
                outcome.violations().forEach(v -> byProperty.merge(v.property(), 1, Integer::sum));
                if (firstFailure == null || run < firstFailureRun) {
                    firstFailure = outcome;
                    firstFailureRun = run;
                }
            }
        }
    }

    synchronized Tally.Totals totals() {
        return new Tally.Totals(runs, violatedRuns, Collections.unmodifiableMap(new LinkedHashMap<>(byProperty)),
                firstFailure, Stats.of(unbox(ticks)), Stats.of(unbox(messages)), Stats.of(unbox(electionMessages)), 0);
    }

    private static long[] unbox(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
