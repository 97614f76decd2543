package dev.electorate.validate.etcd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.validate.ServiceValidation;
import dev.electorate.validate.ValidationResults;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * etcd's election through jetcd against a real etcd server the test starts on free loopback ports with
 * its data under target/ (and kills after), each client in its own JVM: fenced safety holds under a
 * server kill, lease revocation and partitions, and a pause past the lease TTL shows up as belief overlap.
 */
class EtcdValidationTest extends ServiceValidation {

    @BeforeAll
    static void etcdIsInstalled() {
        assertTrue(Files.isExecutable(EtcdService.DEFAULT_BINARY),
                "no etcd server at " + EtcdService.DEFAULT_BINARY + ": install it with 'apt-get install -y etcd-server'");
    }

    @Override
    protected EtcdService service() {
        return new EtcdService();
    }

    @Test
    void theElectionKeepsFencedSafetyUnderServerKillsLeaseRevocationAndPartitions() throws IOException {
        assertFencedThroughCrashesExpiryAndPartitions(validate("election-crash-expiry", 0,
                "--faults", "server-crash,session-expiry,partition", "--duration", "9"));
    }

    @Test
    void aPausePastTheLeaseTtlIsReportedAsBeliefOverlapWhileFencingHolds() throws IOException {
        assertPauseOverlapsWhileFenced(validate("election-pause", 0, "--faults", "pause", "--duration", "1"));
    }

    /**
     * {@code --connect} points the clients at a server the validation does not own (here one this test
     * starts, standing for the user's own): the run uses it, and lease revocation and partitions still work.
     */
    @Test
    void connectUsesTheUsersOwnServer() throws Exception {
        try (EtcdService own = new EtcdService()) {
            InetSocketAddress server = own.start(Path.of("target", "validate-it", "own-etcd"), List.of()).get(0);
            String endpoint = "127.0.0.1:" + server.getPort();
            ValidationResults r = validate("election-connect", 0, "--connect", endpoint, "--faults", "session-expiry,partition",
                    "--duration", "4");
            assertTrue(r.fencedSafety(), r.json());
            assertTrue(r.number("leaderships") >= 2, r.json());
        }
    }
}
