package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.adapter.HostileNodes;
import dev.electorate.harness.io.Json;
import dev.electorate.harness.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that hit the simulator's step cap: Termination is undecided there, so the cell is
 * inconclusive (exit status 3), never a violation; a violation found before the cap stands, and the
 * report of its huge trace is cut, not the heap exhausted.
 */
class LargeRunTest {

    @Test
    void aRunCutByTheStepCapIsInconclusiveNotATerminationViolation(@TempDir Path out) throws Exception {
        CliTest.Outcome o = CliTest.run("check", "--node-class", HostileNodes.Storm.class.getName(), "--assume", "none",
                "--runs", "2", "--nodes", "3", "--no-progress", "--out", out.toString());
        assertEquals(Main.UNDECIDED, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("inconclusive") && o.out().contains("step"), o.out());
        JsonNode cell = Json.MAPPER.readTree(out.resolve("results.json").toFile()).get("cells").get(0);
        assertEquals("inconclusive", cell.get("verdict").asText(), cell.toString());
        assertEquals(0, cell.get("violatedRuns").asInt(), cell.toString());
        assertEquals(2, cell.get("cappedRuns").asInt(), cell.toString());
    }

    @Test
    void aViolationBeforeTheCapStandsAndItsHugeTraceIsReportedCut(@TempDir Path out) throws Exception {
        CliTest.Outcome o = CliTest.run("check", "--node-class", HostileNodes.StormOfLeaders.class.getName(),
                "--assume", "none", "--runs", "1", "--nodes", "3", "--no-progress", "--out", out.toString());
        assertEquals(Main.VIOLATION, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("Uniqueness"), o.out());
        long page = Files.size(out.resolve(Report.FILE));
        assertTrue(page < 8_000_000, "the page of a 200,000-step trace is cut: " + page + " bytes");
    }

    @Test
    void aHundredThousandNodesFailFastWithAReason() {
        long start = System.nanoTime();
        CliTest.Outcome o = CliTest.run("check", "--nodes", "100000", "--runs", "1");
        assertEquals(Main.BAD_INPUT, o.status(), o.err());
        assertTrue(o.err().contains("at most 1000") && o.err().contains("heap"), o.err());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "fails before any work");
    }
}
