package dev.electorate.harness.check;

import dev.electorate.harness.sim.RunSpec;
import dev.electorate.spec.property.Violation;

/**
 * The smallest failing run found for a cell: its run spec (after shrinking the fault schedule),
 * the violation it shows, and the files written for it.
 */
public record Counterexample(RunSpec run, Violation violation, int steps, String replayFile, String traceFile,
                             String replayCommand) {}
