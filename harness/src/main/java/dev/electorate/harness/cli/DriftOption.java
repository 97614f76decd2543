package dev.electorate.harness.cli;

import dev.electorate.harness.fault.DriftBound;
import picocli.CommandLine.Option;

/** The {@code --max-drift} option of the commands that run the clock-skew fault class. */
public final class DriftOption {

    @Option(names = "--max-drift", paramLabel = "D",
            description = "Bound the clock-skew class: a skewed clock runs between 1/(1+D) and 1+D of real time,"
                    + " for example 10%% (default: unbounded, rates of 25%% to 400%%).")
    String maxDrift;

    /** The bound the user gave, or unbounded without the option. */
    public DriftBound bound() {
        return maxDrift == null ? DriftBound.UNBOUNDED : DriftBound.parse(maxDrift);
    }
}
