package dev.electorate.validate.zookeeper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.validate.ServiceValidation;
import dev.electorate.validate.ValidationResults;
import java.io.IOException;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.Test;

/**
 * Curator's recipes on a real three-server ZooKeeper ensemble, each client in its own JVM: fenced
 * safety holds under server kills and session expiry, and a pause past the session timeout shows up as
 * belief overlap. Short sessions (2 s) and short runs keep it to seconds.
 */
class ZooKeeperValidationTest extends ServiceValidation {

    @Override
    protected ZooKeeperService service() {
        return new ZooKeeperService();
    }

    @Test
    void leaderLatchKeepsFencedSafetyUnderServerKillsSessionExpiryAndPartitions() throws IOException {
        ValidationResults r = validate("latch-crash-expiry", 0, "--faults", "server-crash,session-expiry,partition",
                "--duration", "8");
        assertFencedThroughCrashesExpiryAndPartitions(r);
        assertTrue(r.timeline(1).contains("session-expiry"), r.timeline(1));
    }

    @Test
    void aPausePastTheSessionTimeoutIsReportedAsBeliefOverlapWhileFencingHolds() throws IOException {
        ValidationResults r = validate("latch-pause", 0, "--faults", "pause", "--duration", "1");
        assertPauseOverlapsWhileFenced(r);
        assertTrue(r.timeline(1).contains("SIGSTOP"), r.timeline(1));
    }

    @Test
    void leaderSelectorKeepsFencedSafetyUnderSessionExpiry() throws IOException {
        ValidationResults r = validate("selector-expiry", 0, "--recipe", "selector", "--faults", "session-expiry", "--duration", "1");
        assertTrue(r.fencedSafety(), r.json());
        assertTrue(r.number("leaderships") >= 2, r.json());
    }

    /**
     * {@code --connect} points the clients at an ensemble the harness does not own (here a server this test
     * starts, standing for the user's own): the run uses it, not embedded servers, and its faults still work.
     */
    @Test
    void connectUsesTheUsersOwnEnsemble() throws Exception {
        // A half-second tick, as the embedded ensemble has, so the 2 s sessions are allowed.
        try (TestingServer own = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, 500, -1), true)) {
            String endpoint = "127.0.0.1:" + own.getPort();
            ValidationResults r = validate("latch-connect", 0, "--connect", endpoint, "--faults", "session-expiry,partition",
                    "--duration", "4");
            assertTrue(r.fencedSafety(), r.json());
            assertTrue(r.number("leaderships") >= 2, r.json());
            // The election ran on the user's server: its znodes are there.
            try (CuratorFramework look = CuratorFrameworkFactory.newClient(endpoint, new RetryOneTime(100))) {
                look.start();
                assertTrue(look.checkExists().forPath("/electorate/latch") != null, "no /electorate/latch on " + endpoint);
            }
        }
    }
}
