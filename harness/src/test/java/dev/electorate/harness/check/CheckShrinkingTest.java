package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} shrinks its counterexamples with the shrinker {@code explore} uses: the shrunk run
 * replays to the same violation, is no larger than the seed's own run cut at its failure, and comes out
 * byte for byte the same from the same seed.
 */
class CheckShrinkingTest {

    private static final Algorithm BULLY = Algorithms.byName("bully");
    private static final NodeRange NODES = new NodeRange(3, 7);

    private static CellResult check(FaultClass fault, Path out) {
        List<CellResult> cells = new Checker(new Checker.Plan(List.of(BULLY), null, List.of(fault), NODES, 20, 1, out))
                .run(false);
        assertEquals(1, cells.size());
        return cells.get(0);
    }

    @Test
    void aCheckedFailureShrinksBelowTheSeedsOwnRunAndReplays(@TempDir Path out) {
        Counterexample c = check(FaultClass.PARTITION, out).counterexample();
        assertNotNull(c, "Bully assumes no partitions: some run of 20 must break it");

        // The seed's run as check first found it, cut at its first violation: the size before shrinking.
        long seed = c.run().seed();
        int i = Math.toIntExact(seed - 1);
        RunSpec original = Runs.generate(BULLY, null, NODES.sizeOf(i), FaultClass.PARTITION, seed);
        Trace originalTrace = Runs.execute(original);
        Violation first = RunOutcome.decidedViolations(originalTrace, BULLY).get(0);
        assertEquals(first.property(), c.violation().property(), "shrinking changed the failing property");
        assertEquals(original.members().size(), c.run().members().size(), "check keeps the seed's cluster");
        assertTrue(c.run().schedule().faults().size() <= original.schedule().faults().size(), "more faults: " + c.run());
        long before = ViolationCut.length(originalTrace, first);
        assertTrue(c.steps() < before, "not shrunk: " + c.steps() + " steps against the seed's " + before);

        Trace replayed = Runs.execute(c.run());
        List<Violation> again = RunOutcome.decidedViolations(replayed, BULLY);
        assertEquals(c.violation().property(), again.get(0).property());
        assertEquals(c.violation().step(), again.get(0).step(), "the replay fails at another step");
        assertEquals(c.steps(), replayed.steps().size());
    }

    @Test
    void theSameSeedGivesTheSameCounterexample(@TempDir Path out) throws Exception {
        Counterexample one = check(FaultClass.PARTITION, out.resolve("one")).counterexample();
        Counterexample two = check(FaultClass.PARTITION, out.resolve("two")).counterexample();
        assertEquals(one.run(), two.run());
        assertArrayEquals(Files.readAllBytes(Path.of(one.traceFile())), Files.readAllBytes(Path.of(two.traceFile())));
    }

    @Test
    void aCellThatHoldsHasNothingToShrink(@TempDir Path out) {
        CellResult cell = check(FaultClass.CRASH, out);
        assertEquals(CellVerdict.HOLDS, cell.verdict(), "Bully tolerates crashes");
        assertNull(cell.counterexample());
    }
}
