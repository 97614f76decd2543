package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.adapter.ExampleElection;
import dev.electorate.harness.adapter.Python;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** {@code bench} weighs a user's own election, as a class or as a process, beside the reference ones. */
@Isolated // it counts the round trips of every node process in this JVM
class BenchNodeTest {

    @Test
    void benchMeasuresAProcessNodesRuns() {
        CliTest.Outcome o = CliTest.run("bench", "--node-cmd", Python.command(Python.referenceNode()), "--assume", "crash",
                "--winner", "highest", "--termination-bound", "80", "--nodes", "3", "--runs", "2", "--rounds", "1",
                "--no-progress");
        assertEquals(Main.OK, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("bench highest_id_node, 3 nodes") && o.out().contains("ms a run"), o.out());
        assertFalse(o.out().contains("deliveries/s"), "a process node's long run would take minutes: " + o.out());
        assertFalse(Python.childrenAlive(), "a node process outlived the command");
    }

    /**
     * The null node sets a one-tick timer on each of its 3 nodes, so a run of horizon 120 (bound 80, plus
     * 40) is 3 starts and 3 x 120 timeouts: 363 events, each one round trip, plus 3 resets at its end.
     */
    @Test
    void benchCountsAProcessNodesEventsAndRoundTrips() {
        String nullNode = Python.command(ExampleElection.examples().resolveSibling("bench").resolve("nodes")
                .resolve("null_node.py"));
        CliTest.Outcome o = CliTest.run("bench", "--node-cmd", nullNode, "--termination-bound", "80", "--nodes", "3",
                "--runs", "2", "--rounds", "1", "--no-progress");
        assertEquals(Main.OK, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("per run: 363.0 events, 366.0 round trips, 729.0 lines read, 0.00 process starts"),
                o.out());
        assertTrue(o.out().contains("per round trip: ") && o.out().contains("waiting for the node")
                && o.out().contains("CPU per round trip: harness thread"), o.out());
        assertFalse(Python.childrenAlive(), "a node process outlived the command");
    }

    @Test
    void benchMeasuresAClassNodesRunsAndDeliveries() {
        CliTest.Outcome o = CliTest.run("bench", "--node-class", ExampleElection.CORRECT, "--classpath",
                ExampleElection.classpath().toString(), "--assume", "crash", "--winner", "highest", "--nodes", "3",
                "--runs", "5", "--rounds", "1", "--horizon", "2000", "--no-progress");
        assertEquals(Main.OK, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("deliveries/s") && o.out().contains("ms a run"), o.out());
    }

    @Test
    void anAlgorithmAndANodeOfOnesOwnAreBadUsageTogether() {
        CliTest.Outcome o = CliTest.run("bench", "--algorithm", "raft", "--node-cmd", "python3 x.py");
        assertEquals(Main.BAD_INPUT, o.status(), o.err());
        assertTrue(o.err().contains("--algorithm and --node-class/--node-cmd exclude each other"), o.err());
    }
}
