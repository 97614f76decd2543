package dev.electorate.harness.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.electorate.harness.io.TraceCodec;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A node process that accepts {@code reset} is kept from one run to the next instead of being
 * started again, with the very traces fresh processes give; one that does not, or that does not
 * answer its reset, is started per node as before; and none outlives the command.
 */
@Isolated // it counts this JVM's node processes and checks that none is left
class ProcessResetTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final int RUNS = 6;
    private static final int NODES = 3;

    @AfterEach
    void noNodeProcessOutlivesTheCommand() {
        ProcessPool.closeAll();
        assertFalse(Python.childrenAlive(), "a node process outlived the command");
    }

    private static Algorithm python(java.nio.file.Path script, String... args) {
        return AdaptedAlgorithm.declared("highest_id_node", Declaration.parse(List.of("crash", "crash-recover"),
                "highest", 80), ProcessNode.factory(NodeCommand.parse(Python.command(script, args)), DEADLINE));
    }

    /** The traces of the runs of seeds 1.. under {@code fault}, and the processes they started. */
    private record Runs6(List<String> traces, long started) {}

    private static Runs6 runs(Algorithm algorithm, FaultClass fault) {
        long before = NodeProcess.started();
        List<String> traces = new java.util.ArrayList<>();
        for (long seed = 1; seed <= RUNS; seed++) {
            RunSpec spec = Runs.generate(algorithm, null, NODES, fault, seed);
            traces.add(TraceCodec.write(Runs.execute(spec)));
        }
        return new Runs6(traces, NodeProcess.started() - before);
    }

    @Test
    void aNodeThatAcceptsResetIsStartedOncePerNodeNotOncePerRun() {
        Runs6 kept = runs(python(Python.referenceNode()), FaultClass.NONE);
        assertEquals(NODES, kept.started(), "runs one after another should share " + NODES + " processes");
        Runs6 fresh = runs(python(Python.referenceNode(), "--no-reset"), FaultClass.NONE);
        assertEquals((long) RUNS * NODES, fresh.started(), "a node that does not offer reset gets a process per run");
        assertEquals(fresh.traces(), kept.traces(), "a reset process must give the traces a fresh one gives");
    }

    @Test
    void crashesAndRestartsOnResetProcessesGiveTheTracesOfFreshOnes() {
        Runs6 kept = runs(python(Python.referenceNode()), FaultClass.CRASH_RECOVER);
        Runs6 fresh = runs(python(Python.referenceNode(), "--no-reset"), FaultClass.CRASH_RECOVER);
        assertEquals(fresh.traces(), kept.traces(), "crash-recover runs differ with reset processes");
        assertEquals(true, kept.started() < fresh.started(), kept.started() + " processes with reset, "
                + fresh.started() + " without");
    }

    @Test
    void aNodeThatDoesNotAnswerItsResetIsReplacedByAFreshProcess() {
        Runs6 r = runs(python(Python.testNode("reset_exits_node.py")), FaultClass.NONE);
        assertEquals((long) RUNS * NODES, r.started(), "a process that exits on reset must not be kept");
    }
}
