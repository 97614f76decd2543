package dev.electorate.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

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

    /**
     * Asserts what a run under server kills, session expiry and partitions must show: fenced safety held, each
     * fault happened, leadership moved, no violation, and no client led while cut off from the service.
     */
    protected static void assertFencedThroughCrashesExpiryAndPartitions(ValidationResults r) throws IOException {
        assertTrue(r.fencedSafety(), r.json());
        assertTrue(r.number("faults") >= 3, r.json());
        assertTrue(r.number("leaderships") >= 2, r.json());
        assertEquals(0, r.number("violations"), r.json());
        assertTrue(r.timeline(1).contains("server-crash: kill server"), r.timeline(1));
        assertTrue(r.timeline(1).contains("partition: links"), r.timeline(1));
        assertEquals(List.of(), r.leadsWhileCut(1), r.timeline(1));
    }

    /** Asserts that a pause past the session's life shows up as belief overlap while fenced safety holds. */
    protected static void assertPauseOverlapsWhileFenced(ValidationResults r) throws IOException {
        assertTrue(r.fencedSafety(), r.json());
        assertTrue(r.number("beliefOverlaps") >= 1, r.json());
        assertTrue(r.timeline(1).contains("both believed they led"), r.timeline(1));
        assertTrue(r.timeline(1).contains("belief history (beliefs.jsonl) against fenced-lease: not-linearizable"),
                r.timeline(1));
    }

    @AfterEach
    void noProcessIsLeftBehind() {
        assertEquals(List.of(), ValidationRun.leftoverProcesses());
    }

    /**
     * Without fencing a pause breaks safety: the resumed leader's writes are accepted after the new leader's, the
     * checks must say so and the exit status is 1. Long (another run), so only with {@code -Delectorate.long=true}.
     */
    @Test
    @EnabledIfSystemProperty(named = "electorate.long", matches = "true")
    void withoutFencingThePauseIsAViolation() throws IOException {
        ValidationResults r = validate("unfenced", 1, "--faults", "pause", "--duration", "1", "--unfenced");
        assertFalse(r.fencedSafety(), r.json());
        assertTrue(r.number("violations") >= 1, r.json());
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
