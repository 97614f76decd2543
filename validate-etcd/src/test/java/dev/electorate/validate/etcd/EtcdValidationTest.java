package dev.electorate.validate.etcd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.validate.ValidateCli;
import dev.electorate.validate.ValidationResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * etcd's election through jetcd against a real etcd server the test starts on free loopback ports with
 * its data under target/ (and kills after), each client in its own JVM: fenced safety holds under a
 * server kill, lease revocation and partitions, and a pause past the lease TTL shows up as belief overlap.
 */
class EtcdValidationTest {

    @BeforeAll
    static void etcdIsInstalled() {
        assertTrue(Files.isExecutable(EtcdService.DEFAULT_BINARY),
                "no etcd server at " + EtcdService.DEFAULT_BINARY + ": install it with 'apt-get install -y etcd-server'");
    }

    private static ValidationResults validate(String name, int expectedStatus, String... args) throws IOException {
        Path out = Path.of("target", "validate-it", name);
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        assertEquals(expectedStatus, ValidateCli.execute(new EtcdService(), all.toArray(String[]::new)));
        return ValidationResults.read(out);
    }

    @AfterEach
    void noProcessIsLeftBehind() {
        assertEquals(List.of(), ProcessHandle.current().descendants().map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList());
    }

    @Test
    void theElectionKeepsFencedSafetyUnderServerKillsLeaseRevocationAndPartitions() throws IOException {
        ValidationResults r = validate("election-crash-expiry", 0, "--faults", "server-crash,session-expiry,partition", "--duration", "9");
        assertTrue(r.fencedSafety(), r.json());
        assertTrue(r.number("faults") >= 3, r.json());
        assertTrue(r.number("leaderships") >= 2, r.json());
        assertEquals(0, r.number("violations"), r.json());
        assertTrue(r.timeline(1).contains("server-crash: kill server"), r.timeline(1));
        assertTrue(r.timeline(1).contains("partition: links"), r.timeline(1));
        assertEquals(List.of(), r.leadsWhileCut(1), r.timeline(1));
    }

    /**
     * Without fencing the same pause breaks safety: the resumed leader's writes are accepted after the new
     * leader's, the checks must say so and the exit status is 1. Long (another run), so only with
     * {@code -Delectorate.long=true}.
     */
    @Test
    @EnabledIfSystemProperty(named = "electorate.long", matches = "true")
    void withoutFencingThePauseIsAViolation() throws IOException {
        ValidationResults r = validate("election-unfenced", 1, "--faults", "pause", "--duration", "1", "--unfenced");
        assertTrue(!r.fencedSafety(), r.json());
        assertTrue(r.number("violations") >= 1, r.json());
    }

    @Test
    void aPausePastTheLeaseTtlIsReportedAsBeliefOverlapWhileFencingHolds() throws IOException {
        ValidationResults r = validate("election-pause", 0, "--faults", "pause", "--duration", "1");
        assertTrue(r.fencedSafety(), r.json());
        assertTrue(r.number("beliefOverlaps") >= 1, r.json());
        assertTrue(r.timeline(1).contains("both believed they led"), r.timeline(1));
        assertTrue(r.timeline(1).contains("belief history (beliefs.jsonl) against fenced-lease: not-linearizable"), r.timeline(1));
    }

    @Test
    void serverCrashNeedsTheEmbeddedServer() {
        assertEquals(2, ValidateCli.execute(new EtcdService(), "--connect", "127.0.0.1:1", "--faults", "server-crash"));
    }
}
