package dev.electorate.harness.cli;

import dev.electorate.harness.io.BadInputException;
import picocli.CommandLine.Model.CommandSpec;

/** Range checks of numeric flags and refusals of flags a mode ignores, with messages that name the flag and the fix. */
final class Flags {

    private Flags() {}

    /** {@code value} of {@code flag} within {@code min..max}, or bad input that says the range. */
    static long range(String flag, long value, long min, long max) {
        if (value < min || value > max) {
            throw new BadInputException(flag + " must be " + (max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                    ? "at least " + min : "from " + min + " to " + max) + ", got " + value);
        }
        return value;
    }

    /** Whether the user gave {@code flag} on the command line of {@code spec} (a default does not count). */
    static boolean given(CommandSpec spec, String flag) {
        return spec.commandLine().getParseResult() != null && spec.commandLine().getParseResult().hasMatchedOption(flag);
    }
}
