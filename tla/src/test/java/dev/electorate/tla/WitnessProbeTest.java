package dev.electorate.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The witness probe finds the witness predicates of a model, reports which TLC reached, and flags the others. */
class WitnessProbeTest {

    @TempDir
    static Path work;

    @BeforeAll
    static void copyFixtures() throws IOException, URISyntaxException {
        Path fixtures = Path.of(WitnessProbeTest.class.getResource("/fixtures/Counter.tla").toURI()).getParent();
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, work.resolve(f.getFileName()));
            }
        }
    }

    private static Model model(Map<String, Integer> witnesses, long states, int depth) {
        return new Model("counter", 1, "Witnessed", "Witnessed", Model.Expectation.parse("pass"), states, depth,
                witnesses, Model.Suite.DEFAULT, 0, "");
    }

    @Test
    void findsTheWitnessesOfTheModuleAndWhatItExtends() {
        assertEquals(Set.of("WitnessTwo", "WitnessBeyond"), WitnessProbe.defined(work, "Witnessed"));
        assertEquals(Set.of(), WitnessProbe.defined(work, "Counter"));
    }

    @Test
    void aReachedWitnessIsReportedWithItsDepthAndTheRunMatchesTheManifest() {
        ModelRun run = new Tlc(work).heap("256m").check(model(Map.of("WitnessTwo", 3), 4, 4));
        assertInstanceOf(TlcResult.Passed.class, run.result());
        assertEquals(Map.of("WitnessTwo", 3), run.reached());
        assertEquals(List.of(), run.problems());
        // The measured row lists every witness reached.
        assertEquals(Map.of("WitnessTwo", 3), run.measured().witnesses());
    }

    @Test
    void aWitnessNeverReachedAndADriftedCountAreProblemsNamingTheModel() {
        ModelRun run = new Tlc(work).heap("256m").check(model(Map.of("WitnessTwo", 3, "WitnessBeyond", 0), 5, 4));
        List<String> problems = run.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Witnessed never reaches its witness WitnessBeyond"), problems.get(0));
        assertTrue(problems.get(1).startsWith("Witnessed has 4 distinct states, the manifest says 5"), problems.get(1));
    }

    @Test
    void aMutantIsCheckedWithoutTheProbeAndOnlyItsVerdictCounts() {
        Model mutant = new Model("counter", 1, "Counter", "CounterBad", Model.Expectation.parse("invariant:Small"),
                0, 0, Map.of(), Model.Suite.DEFAULT, 0, "");
        ModelRun run = new Tlc(work).heap("256m").check(mutant);
        assertEquals(List.of(), run.problems());
        assertEquals(Map.of(), run.reached());
    }
}
