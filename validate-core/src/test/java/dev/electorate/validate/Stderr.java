package dev.electorate.validate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What code under test prints to standard error, where a service's client library could warn the user. */
public final class Stderr {

    private Stderr() {
    }

    /** Runs {@code action} with standard error captured and returns what it printed. */
    public static String of(Runnable action) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            action.run();
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
