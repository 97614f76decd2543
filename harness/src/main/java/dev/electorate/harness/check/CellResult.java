package dev.electorate.harness.check;

import java.util.Map;

/**
 * The checked outcome of one (algorithm, fault class) cell.
 *
 * @param admitted       whether the fault class lies inside the algorithm's assumptions
 * @param violatedRuns   runs with at least one violation
 * @param byProperty     violated runs per property name
 * @param ticksToElect   ticks until the first settled leader, median and p99
 * @param messagesToElect messages sent until then
 * @param counterexample the shrunk failing run, or null
 * @param validation     TLC's verdicts on the cell's first traces, or null when not asked for
 * @param cappedRuns     runs the simulator's step cap stopped before their horizon (Termination undecided)
 */
public record CellResult(String algorithm, String faultClass, boolean admitted, int runs, int violatedRuns,
                         Map<String, Integer> byProperty, CellVerdict verdict, Stats ticksToElect,
                         Stats messagesToElect, Stats electionMessagesToElect, Counterexample counterexample,
                         double seconds, TraceCheck validation, int cappedRuns) {

    /** The same cell with its trace validation. */
    public CellResult withValidation(TraceCheck check) {
        return new CellResult(algorithm, faultClass, admitted, runs, violatedRuns, byProperty, verdict, ticksToElect,
                messagesToElect, electionMessagesToElect, counterexample, seconds, check, cappedRuns);
    }
}
