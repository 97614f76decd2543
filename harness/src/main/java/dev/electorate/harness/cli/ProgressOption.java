package dev.electorate.harness.cli;

import dev.electorate.harness.check.Progress;
import picocli.CommandLine.Option;

/** The {@code --no-progress} option every long-running command shares. */
public final class ProgressOption {

    @Option(names = "--no-progress", description = "Draw no progress bar (none is drawn when standard error is not a terminal).")
    boolean off;

    /** Whether the user allows a bar; the bar also needs a terminal. */
    public boolean wanted() {
        return !off;
    }

    /** A bar of {@code total} {@code unit} on standard error, quiet unless wanted and on a terminal. */
    public Progress bar(long total, String unit) {
        return Progress.onTerminal(total, unit, wanted());
    }
}
