package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.adapter.Python;
import dev.electorate.harness.io.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code check --node-cmd}: an election program in another language (Python 3 here) runs one
 * process per node under the simulated network. The reference node holds, its impatient variant
 * is caught, and a node that prints garbage, hangs or dies gives a verdict naming the node and the
 * line instead of a stuck harness; no process outlives its run.
 */
@Isolated // it checks that no child process of this JVM outlives a run: TLC runs of concurrent classes would count
class NodeCmdCheckTest {

    @AfterEach
    void everyNodeProcessIsReaped() {
        assertFalse(Python.childrenAlive(), "a node process outlived its run: "
                + ProcessHandle.current().descendants().map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .toList());
    }

    @Test
    void thePythonReferenceNodeHolds(@TempDir Path out) throws Exception {
        CliTest.Outcome check = CliTest.run("check", "--node-cmd", Python.command(Python.referenceNode()),
                "--winner", "highest", "--assume", "crash", "--termination-bound", "80", "--runs", "4", "--nodes", "3",
                "--out", out.toString());
        assertEquals(0, check.status(), check.out() + check.err());
        JsonNode cells = Json.MAPPER.readTree(out.resolve("results.json").toFile()).get("cells");
        assertEquals(2, cells.size(), cells.toString());
        for (JsonNode cell : cells) {
            assertEquals("highest_id_node", cell.get("algorithm").asText());
            assertEquals("holds", cell.get("verdict").asText(), cell.toString());
        }
    }

    @Test
    void theImpatientPythonNodeIsAnUnexpectedViolation(@TempDir Path out) {
        CliTest.Outcome check = CliTest.run("check", "--node-cmd", Python.command(Python.referenceNode(), "--impatient"),
                "--name", "impatient-py", "--winner", "highest", "--faults", "none", "--termination-bound", "80",
                "--runs", "2", "--nodes", "3", "--out", out.toString());
        assertEquals(1, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("impatient-py") && check.out().contains("violated-unexpected")
                && check.out().contains("Uniqueness"), check.out());
    }

    @Test
    void aNodePrintingGarbageIsNamedWithItsLine(@TempDir Path out) {
        CliTest.Outcome check = broken("garbage_node.py", "10000", out);
        assertEquals(2, check.status(), check.out() + check.err());
        assertTrue(check.err().contains("broken node: node n"), check.err());
        assertTrue(check.err().contains("line 1 of its output is not JSON"), check.err());
        assertTrue(check.err().contains("got an event, reacting now"), check.err());
    }

    @Test
    void aHangingNodeMissesItsDeadline(@TempDir Path out) {
        CliTest.Outcome check = broken("hang_node.py", "1000", out);
        assertEquals(2, check.status(), check.out() + check.err());
        assertTrue(check.err().contains("did not finish reacting to init at tick 0 within 1000 ms"), check.err());
    }

    @Test
    void aNodeWaitingForRandomOkWithoutFlushingIsToldToFlush(@TempDir Path out) {
        CliTest.Outcome check = broken("unflushed_random_node.py", "1000", out);
        assertEquals(2, check.status(), check.out() + check.err());
        assertTrue(check.err().contains("did not finish reacting to init at tick 0 within 1000 ms")
                && check.err().contains("must flush its output after its random request"), check.err());
    }

    @Test
    void randomOkCarriesTheNodesClockAsEveryLineDoes(@TempDir Path out) {
        CliTest.Outcome check = broken("random_now_node.py", "10000", out);
        // The node exits (a broken node: status 2) unless random_ok says "now"; it elects no one (Termination: 1).
        assertTrue(!check.err().contains("random_ok came with now"), check.err());
        assertEquals(1, check.status(), check.out() + check.err());
    }

    @Test
    void aCrashingNodeIsNamedWithItsExitStatusAndStderr(@TempDir Path out) {
        CliTest.Outcome check = broken("crash_node.py", "10000", out);
        assertEquals(2, check.status(), check.out() + check.err());
        assertTrue(check.err().contains("exited while reacting to init at tick 0 (exit status 1)"), check.err());
        assertTrue(check.err().contains("RuntimeError: the node lost its mind"), check.err());
    }

    @Test
    void aDoneLineWithAnUnknownRoleIsNamed(@TempDir Path out) {
        CliTest.Outcome check = broken("bad_done_node.py", "10000", out);
        assertEquals(2, check.status(), check.out() + check.err());
        assertTrue(check.err().contains("line 1 of its output done needs \"role\" (idle, follower, candidate or"
                + " leader)"), check.err());
        assertTrue(check.err().contains("\"role\": \"boss\""), check.err());
    }

    @Test
    void aCommandThatCannotStartIsBadInput(@TempDir Path out) {
        CliTest.Outcome check = CliTest.run("check", "--node-cmd", "/no/such/program --flag", "--runs", "1",
                "--nodes", "3", "--faults", "none", "--out", out.toString());
        assertEquals(2, check.status(), check.out() + check.err());
        assertTrue(check.err().contains("--node-cmd \"/no/such/program --flag\" cannot be started"), check.err());
    }

    @Test
    void aNodeThatExitsLeavingAChildIsReportedAsAnExitAndTheChildIsKilled(@TempDir Path out) {
        String mark = "98765" + ProcessHandle.current().pid() % 1000;
        CliTest.Outcome check = CliTest.run("check", "--node-cmd", Python.command(Python.testNode("orphan_node.py"), mark),
                "--node-timeout", "5000", "--runs", "1", "--nodes", "3", "--faults", "none", "--out", out.toString());
        assertEquals(2, check.status(), check.out() + check.err());
        assertTrue(check.err().contains("exited while reacting to init at tick 0 (exit status 7)"), check.err());
        assertTrue(!sleeping(mark), "the node's child outlived its run");
    }

    @Test
    void aChildOfANodeDoesNotOutliveTheRun(@TempDir Path out) {
        String mark = "98764" + ProcessHandle.current().pid() % 1000;
        CliTest.Outcome check = CliTest.run("check", "--node-cmd", Python.command(Python.testNode("spawning_node.py"),
                mark), "--runs", "1", "--nodes", "3", "--faults", "none", "--out", out.toString());
        assertEquals(1, check.status(), check.out() + check.err());
        assertTrue(!sleeping(mark), "a node's child outlived its run");
    }

    /** Whether a {@code sleep MARK} process runs anywhere on the machine (orphans are no one's descendants). */
    private static boolean sleeping(String mark) {
        return ProcessHandle.allProcesses().anyMatch(p -> p.isAlive()
                && p.info().arguments().map(a -> a.length == 1 && a[0].equals(mark)).orElse(false));
    }

    private static CliTest.Outcome broken(String script, String timeoutMillis, Path out) {
        return CliTest.run("check", "--node-cmd", Python.command(Python.testNode(script)), "--node-timeout",
                timeoutMillis, "--runs", "1", "--nodes", "3", "--faults", "none", "--out", out.toString());
    }
}
