package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.adapter.HostileNodes;
import dev.electorate.harness.io.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code --node-class} that throws, overflows its stack, exhausts the heap, answers a null role,
 * loops forever or calls {@code System.exit} ends the check with status 2, naming the class, the
 * event and the tick, and the cells finished before it stay in results.json.
 */
class HostileNodeClassTest {

    private static String name(Class<?> c) {
        return c.getName();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ThrowsInConstructor | its constructor, for node | no configuration file",
        "ThrowsOnStart       | start of node             | start is not written yet",
        "ThrowsOnReceive     | receive(PING from node    | peer table",
        "ThrowsOnTimeout     | timeout('tick') of node   | / by zero",
        "OverflowsStack      | receive(PING from node    | StackOverflowError",
        "ExhaustsHeap        | receive(PING from node    | OutOfMemoryError",
        "NullRole            | null role from role()     | Role.IDLE",
        "LoopsForever        | did not return within 300 ms (--node-timeout) from receive(PING | receive",
        "CallsExit           | called System.exit(42) in receive(PING | receive"})
    void aFailingClassIsBadInputNamingClassEventAndTick(String hostile, String event, String detail,
                                                        @TempDir Path out) {
        String className = HostileNodes.class.getName() + "$" + hostile;
        CliTest.Outcome o = CliTest.run("check", "--node-class", className, "--assume", "none", "--runs", "3",
                "--nodes", "3", "--node-timeout", "300", "--no-progress", "--out", out.toString());
        assertEquals(2, o.status(), o.out() + o.err());
        assertTrue(o.err().contains(className) && o.err().contains(event.trim()) && o.err().contains(detail.trim()),
                o.err());
        assertTrue(o.err().contains("at tick "), o.err());
        assertEquals(1, CliTestSupport.count(o.err().strip(), "\n") + 1, "one line, no stack trace: " + o.err());
    }

    @Test
    void theCellsFinishedBeforeTheFailureAreKept(@TempDir Path out) throws Exception {
        String className = name(HostileNodes.ThrowsOnRestart.class);
        CliTest.Outcome o = CliTest.run("check", "--node-class", className, "--assume", "none,crash-recover",
                "--runs", "20", "--nodes", "3", "--no-progress", "--out", out.toString());
        assertEquals(2, o.status(), o.out() + o.err());
        assertTrue(o.err().contains("restart of node") && o.err().contains("durable state missing"), o.err());
        JsonNode cells = Json.MAPPER.readTree(out.resolve("results.json").toFile()).get("cells");
        assertEquals(1, cells.size(), cells.toString());
        assertEquals("none", cells.get(0).get("faultClass").asText());
        assertEquals("holds", cells.get(0).get("verdict").asText());
    }

    @Test
    void theFairClassHolds(@TempDir Path out) {
        CliTest.Outcome o = CliTest.run("check", "--node-class", name(HostileNodes.Fair.class), "--assume", "none",
                "--runs", "5", "--nodes", "3", "--no-progress", "--out", out.toString());
        assertEquals(0, o.status(), o.out() + o.err());
    }
}
