package dev.electorate.tla;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TLC's simulation mode on every simulation model of the manifest (N=5 or more, deep behaviours,
 * bounds far past the exhaustive models'): no invariant fails. The default build runs each for a few
 * seconds (the model parses, its invariants are evaluated, behaviours reach depth 200); the long suite
 * ({@code -Delectorate.long=true}) for {@code electorate.simulate.seconds} (default 120) each.
 */
@Execution(ExecutionMode.CONCURRENT)
class SimulationTest {

    static final int DEPTH = 200;

    @TempDir
    static Path work;

    @BeforeAll
    static void extract() {
        TlaLibrary.extractTo(work);
    }

    static List<Model> models() {
        return Models.all().stream().filter(m -> m.suite() == Model.Suite.SIMULATE).toList();
    }

    static long seconds() {
        return Boolean.getBoolean("electorate.long") ? Long.getLong("electorate.simulate.seconds", 120) : 4;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void noInvariantFailsOnRandomDeepBehaviours(Model model) {
        long seconds = seconds();
        TlcResult r = new Tlc(work).timeout(Duration.ofSeconds(seconds + 300)).simulate(model.module(), model.config(), DEPTH, seconds);
        String detail = r instanceof TlcResult.SpecError e ? e.describe() : r.label();
        TlcResult.Passed passed = assertInstanceOf(TlcResult.Passed.class, r, model.config() + ": " + detail);
        System.out.printf("%-28s simulated %,d states (at least %,d behaviours of up to %d states) in %.1f s%n",
                model.config(), passed.stats().distinctStates(), passed.stats().distinctStates() / DEPTH, DEPTH,
                passed.stats().seconds());
        assertTrue(passed.stats().distinctStates() > DEPTH, model.config() + " generated only "
                + passed.stats().distinctStates() + " states: its behaviours stop early (a deadlock or a bound)");
    }

    @Test
    void everyAlgorithmWithAModelHasASimulationModelOfFiveOrMoreNodes() {
        var algorithms = Models.all().stream().map(Model::algorithm).distinct().toList();
        var simulated = models().stream().filter(m -> m.nodes() >= 5).map(Model::algorithm).distinct().toList();
        assertFalse(algorithms.isEmpty());
        List<String> missing = algorithms.stream().filter(a -> !simulated.contains(a)).toList();
        assertTrue(missing.isEmpty(), "no simulation model of 5 or more nodes for " + missing);
    }
}
