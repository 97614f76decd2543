package dev.electorate.harness.cli;

import picocli.CommandLine.Option;

/** The {@code --seed} option of the commands that make seeded runs: the first seed, the next runs counting on. */
public final class SeedOption {

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "First seed (default: ${DEFAULT-VALUE}).")
    long first;

    /** The first seed the user gave, 1 by default. */
    public long first() {
        return first;
    }
}
