package dev.electorate.tla;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Envelope;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator on a toy spec (Tally.tla, each node counting its bumps and sending its count to the
 * others): it accepts a behaviour, rejects a wrong value, a missing send and an extra send at the step
 * that has them, reports a broken invariant apart from a mismatch, counts the actions the matched steps
 * took, and writes the same files for the same traces. All traces go through one TLC run.
 */
class TraceValidatorTest {

    @TempDir
    static Path work;

    @TempDir
    static Path again;

    static List<TraceVerdict> verdicts;

    /** The message Tally's nodes send. */
    record Count(int value) implements Message {
        @Override
        public Map<String, Object> fields() {
            return Map.of("value", value); // the default reads components reflectively, which a nested test type refuses
        }
    }

    static final List<Integer> MEMBERS = List.of(1, 2);

    static Step bump(int index, int node, int count, List<Envelope> sent) {
        return Step.timeout(index, index, node, "Bump", "bump", sent, Map.of("count", count), Role.IDLE, 0, 0);
    }

    static Step bump(int index, int node, int count) {
        return bump(index, node, count, MEMBERS.stream().filter(d -> d != node)
                .map(d -> new Envelope(node, d, new Count(count))).toList());
    }

    static Trace trace(Step... steps) {
        return new Trace(new TraceHeader("tally", null, new Cluster(MEMBERS), 1, "none", 0, 0, 0), List.of(steps));
    }

    static final List<Trace> TRACES = List.of(
            trace(bump(0, 1, 1), bump(1, 2, 1), bump(2, 1, 2)),                       // a behaviour
            trace(bump(0, 1, 1), bump(1, 1, 3)),                                      // a wrong count at step 1
            trace(bump(0, 1, 1), bump(1, 2, 1, List.of())),                           // step 1 sends nothing
            trace(bump(0, 1, 1, List.of(new Envelope(1, 2, new Count(1)), new Envelope(1, 2, new Count(7))))),
            trace(bump(0, 1, 1), bump(1, 1, 2), bump(2, 1, 3), bump(3, 1, 4)));       // Small broken after step 2

    @BeforeAll
    static void validate() throws IOException, URISyntaxException {
        for (Path dir : List.of(work, again)) {
            Path fixtures = Path.of(TraceValidatorTest.class.getResource("/trace-fixtures/Tally.tla").toURI()).getParent();
            for (String f : List.of("Tally.tla", "TraceTally.tla")) {
                Files.copy(fixtures.resolve(f), dir.resolve(f));
            }
        }
        verdicts = new TraceValidator(work).validate("Tally", TRACES);
    }

    @Test
    void acceptsABehaviourAndCountsItsActions() {
        TraceVerdict v = verdicts.get(0);
        assertTrue(v.holds(), v.describe());
        assertEquals(Map.of("Bump", 3), v.actions());
        assertEquals("accepted (3 steps)", v.describe());
    }

    @Test
    void rejectsAWrongValueAtItsStep() {
        TraceVerdict v = verdicts.get(1);
        assertFalse(v.accepted(), v.describe());
        assertEquals(1, v.firstUnmatched().index());
        assertNull(v.invariant());
        assertEquals(Map.of("Bump", 1), v.actions());
    }

    @Test
    void rejectsAMissingSend() {
        TraceVerdict v = verdicts.get(2);
        assertFalse(v.accepted(), v.describe());
        assertEquals(1, v.firstUnmatched().index());
    }

    @Test
    void rejectsASendTheSpecDoesNotMake() {
        TraceVerdict v = verdicts.get(3);
        assertFalse(v.accepted(), v.describe());
        assertEquals(0, v.firstUnmatched().index());
    }

    @Test
    void reportsABrokenInvariantApartFromAMismatch() {
        TraceVerdict v = verdicts.get(4);
        assertTrue(v.accepted(), v.describe());
        assertFalse(v.holds());
        assertEquals("Small", v.invariant());
        assertEquals(2, v.breaking().index());
        assertTrue(v.describe().startsWith("matched (4 steps) but invariant Small violated after step 2"), v.describe());
    }

    @Test
    void writesTheSameFilesForTheSameTraces() throws IOException {
        List<TraceVerdict> second = new TraceValidator(again).validate("Tally", TRACES);
        assertEquals(verdicts, second);
        List<String> files = new ArrayList<>();
        try (var list = Files.list(work)) {
            list.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("TVTally")).sorted().forEach(files::add);
        }
        assertEquals(List.of("TVTally.cfg", "TVTally.tla", "TVTally_1.traces"), files);
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(work.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }
}
