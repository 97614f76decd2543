package dev.electorate.spec;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A family of faults injected into runs, named as on the command line. */
public enum FaultClass {
    NONE("none"),
    CRASH("crash"),
    CRASH_RECOVER("crash-recover"),
    LOSS("loss"),
    DUPLICATE("duplicate"),
    REORDER("reorder"),
    PARTITION("partition"),
    PAUSE("pause"),
    CLOCK_SKEW("clock-skew"),
    MIXED("mixed");

    private final String cliName;

    FaultClass(String cliName) {
        this.cliName = cliName;
    }

    /** The name users type and scripts depend on. */
    public String cliName() {
        return cliName;
    }

    /** Parses a command-line name, or fails with a message listing the accepted ones. */
    public static FaultClass parse(String name) {
        for (FaultClass f : values()) {
            if (f.cliName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown fault class '" + name + "'; accepted: " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(FaultClass::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
