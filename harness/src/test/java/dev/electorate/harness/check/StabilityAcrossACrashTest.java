package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Stability;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The unmutated Bully run that Stability once took for a change without a fault (random search, seed 1, run 2,540
 * of crash-recover, shrunk): node 6 restarts, announces itself, and crashes inside that reaction; its
 * {@code Coordinator}, sent before the crash, reaches node 1 the next tick. That change is the crash's doing.
 */
class StabilityAcrossACrashTest {

    @Test
    void aMessageSentBeforeACrashAndReceivedAfterItChangesNothingStabilityBlames() throws Exception {
        Path file = Path.of(StabilityAcrossACrashTest.class
                .getResource("/replay-files/bully-crash-recover-seed2540-shrunk.replay.json").toURI());
        ReplayFile replay = ReplayFile.read(file, Algorithms::byName);
        Trace trace = Runs.execute(replay.run());
        Step late = trace.steps().stream()
                .filter(s -> s.kind() == Step.Kind.RECEIVE && s.from() == 6 && s.node() == 1 && s.time() == 79)
                .findFirst().orElseThrow(() -> new AssertionError("the run no longer has the late Coordinator"));
        assertEquals(6, late.leader(), "node 1 names the node that crashed the tick before");
        assertTrue(new Stability().check(trace, replay.run().algorithm()).isEmpty(),
                () -> "Stability blames the crash's own message: " + new Stability().check(trace, replay.run().algorithm()));
    }
}
