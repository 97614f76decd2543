package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --max-drift} bounds the clock-skew class for {@code check} and {@code explore}; a value
 * that is not a percentage, or is out of range, is bad input naming the flag and the fix.
 */
class MaxDriftFlagTest {

    @Test
    void aValueThatIsNotAPercentageIsBadInput(@TempDir Path out) {
        CliTest.Outcome check = CliTest.run("check", "--algorithm", "raft", "--faults", "clock-skew", "--max-drift",
                "10", "--runs", "1", "--out", out.toString());
        assertEquals(2, check.status(), check.err());
        assertTrue(check.err().contains("--max-drift 10 is not a percentage") && check.err().contains("10%"),
                check.err());
        CliTest.Outcome explore = CliTest.run("explore", "--algorithm", "raft", "--max-drift", "ten%",
                "--tries", "1", "--out", out.toString());
        assertEquals(2, explore.status(), explore.err());
        assertTrue(explore.err().contains("--max-drift ten% is not a percentage"), explore.err());
    }

    @Test
    void aValueOutOfRangeIsBadInput(@TempDir Path out) {
        for (String outside : new String[] {"0%", "301%"}) {
            CliTest.Outcome check = CliTest.run("check", "--algorithm", "raft", "--faults", "clock-skew",
                    "--max-drift", outside, "--runs", "1", "--out", out.toString());
            assertEquals(2, check.status(), check.err());
            assertTrue(check.err().contains("out of range") && check.err().contains("300%"), check.err());
        }
    }

    @Test
    void thePaxosLeaseHoldsUnderTheDriftItsMarginCovers(@TempDir Path out) {
        // Paxos leases assume clocks within 10% of real time (PaxosAlgorithm); a drift bound of 10%
        // keeps every skewed clock inside that, so its leases never overlap.
        CliTest.Outcome bounded = CliTest.run("check", "--algorithm", "paxos+lease", "--faults", "clock-skew",
                "--max-drift", "10%", "--runs", "150", "--nodes", "3..5", "--no-progress",
                "--out", out.toString());
        assertEquals(0, bounded.status(), bounded.err());
        assertTrue(bounded.out().lines().anyMatch(l -> l.startsWith("paxos+lease") && l.contains("holds")),
                bounded.out());
    }

    @Test
    void theBoundIsEchoedInResultsAndReportsOnlyWhenGiven(@TempDir Path out) throws Exception {
        Path bounded = out.resolve("bounded");
        CliTest.Outcome check = CliTest.run("check", "--algorithm", "bully", "--faults", "clock-skew",
                "--max-drift", "2.5%", "--runs", "2", "--nodes", "3", "--no-progress", "--out", bounded.toString());
        assertEquals(0, check.status(), check.err());
        JsonNode results = new ObjectMapper().readTree(bounded.resolve("results.json").toFile());
        assertEquals("2.5%", results.path("maxDrift").asText(null), results.toString());
        assertTrue(Files.readString(bounded.resolve("index.html")).contains("2.5%"));

        Path unbounded = out.resolve("unbounded");
        CliTest.Outcome plain = CliTest.run("check", "--algorithm", "bully", "--faults", "clock-skew",
                "--runs", "2", "--nodes", "3", "--no-progress", "--out", unbounded.toString());
        assertEquals(0, plain.status(), plain.err());
        JsonNode plainResults = new ObjectMapper().readTree(unbounded.resolve("results.json").toFile());
        assertTrue(plainResults.path("maxDrift").isMissingNode(), plainResults.toString());

        Path explored = out.resolve("explored");
        CliTest.Outcome explore = CliTest.run("explore", "--algorithm", "bully", "--faults", "clock-skew",
                "--max-drift", "10%", "--tries", "2", "--nodes", "3", "--no-progress", "--out", explored.toString());
        assertEquals(0, explore.status(), explore.err());
        assertTrue(Files.readString(explored.resolve("index.html")).contains("max drift"), explore.out());
    }
}
