package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.adapter.ExampleElection;
import dev.electorate.harness.adapter.Python;
import org.junit.jupiter.api.Test;

/** {@code bench} weighs a user's own election, as a class or as a process, beside the reference ones. */
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
