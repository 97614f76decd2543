package dev.electorate.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every real service's validation test shares: a run into its own folder under target/ with the exit status
 * checked, no client or server process left behind by any test, and the bad usage every service refuses alike.
 */
public abstract class ServiceValidation {

    /** A fresh service of the kind under test. */
    protected abstract ElectionService service();

    /** Validates into {@code target/validate-it/NAME}, asserts the exit status, and returns the results. */
    protected ValidationResults validate(String name, int expectedStatus, String... args) throws IOException {
        ValidationRun run = ValidationRun.into(Path.of("target", "validate-it", name), service(), args);
        assertEquals(expectedStatus, run.status(), "exit status of validate " + String.join(" ", args));
        return run.results();
    }

    @AfterEach
    void noProcessIsLeftBehind() {
        assertEquals(List.of(), ValidationRun.leftoverProcesses());
    }

    /** A server crash needs servers the validation owns: with {@code --connect} it is bad usage. */
    @Test
    void serverCrashNeedsTheEmbeddedServers() {
        assertEquals(2, ValidateCli.execute(service(), "--connect", "127.0.0.1:1", "--faults", "server-crash"));
    }

    @Test
    void anUnknownFaultIsBadUsage() {
        assertEquals(2, ValidateCli.execute(service(), "--faults", "meteor"));
    }
}
