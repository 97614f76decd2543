package dev.electorate.harness.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.io.TraceCodec;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The example Raft process spares round trips without changing a run: reused across runs (reset)
 * and drawing its election timeouts as a timer's jitter (protocol version 3) instead of asking for
 * a random number, it gives byte for byte the traces it gives as a fresh process per run that asks,
 * crashes inside reactions and restarts included, in fewer round trips; a jitter out of range is a
 * broken node.
 */
@Isolated // it counts this JVM's round trips and node processes
class ProcessRoundTripTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final int RUNS = 4;

    @AfterEach
    void noNodeProcessOutlivesTheCommand() {
        ProcessPool.closeAll();
        assertFalse(Python.childrenAlive(), "a node process outlived the command");
    }

    private static Algorithm raft(String... args) {
        Path script = ExampleElection.examples().resolve("python").resolve("raft_node.py");
        // A short termination bound keeps the runs short (the horizon follows it); the traces are compared, not judged.
        return AdaptedAlgorithm.declared("raft_node", Declaration.parse(List.of("crash-recover"), "any", 400),
                ProcessNode.factory(NodeCommand.parse(Python.command(script, args)), DEADLINE));
    }

    /** The traces of seeds 1.. of {@code algorithm} under crash-recover with 3 nodes, and what they cost. */
    private static Measured runs(Algorithm algorithm) {
        ProcessCounters.reset();
        List<String> traces = new ArrayList<>();
        for (long seed = 1; seed <= RUNS; seed++) {
            RunSpec spec = Runs.generate(algorithm, null, 3, FaultClass.CRASH_RECOVER, seed);
            traces.add(TraceCodec.write(Runs.execute(spec)));
        }
        return new Measured(traces, ProcessCounters.snapshot());
    }

    private record Measured(List<String> traces, ProcessCounters.Snapshot counts) {}

    @Test
    void jitterAndResetGiveTheTracesOfRandomRequestsAndFreshProcessesInFewerRoundTrips() {
        Measured asking = runs(raft("--no-reset", "--no-jitter"));
        Measured jittered = runs(raft());
        assertEquals(asking.traces(), jittered.traces(), "the same seeds must give the same traces");
        assertTrue(asking.traces().stream().anyMatch(t -> t.contains("\"Restart\"")),
                "the runs should include a restart, so that reset processes meet durable state");
        assertEquals(asking.counts().events(), jittered.counts().events());
        long randoms = asking.counts().roundTrips() - asking.counts().events();
        assertTrue(randoms > asking.counts().events() / 4, "the asking node should draw often: " + asking.counts());
        // With jitter every round trip is an event or a reset at an incarnation's end, never a random request.
        assertTrue(jittered.counts().roundTrips() - jittered.counts().events() < 4L * RUNS * 3,
                "a node using jitter should not ask for random numbers: " + jittered.counts());
    }

    @Test
    void aJitterBelowOneIsABrokenNode() {
        Algorithm bad = AdaptedAlgorithm.declared("bad_jitter_node", Declaration.parse(List.of("none"), "any", 80),
                ProcessNode.factory(NodeCommand.parse(Python.command(Python.testNode("bad_jitter_node.py"))), DEADLINE));
        RunSpec spec = Runs.generate(bad, null, 3, FaultClass.NONE, 1);
        NodeProtocolException e = assertThrows(NodeProtocolException.class, () -> Runs.execute(spec));
        assertTrue(e.getMessage().contains("\"jitter\" is an integer of 1 or more"), e.getMessage());
    }
}
