package dev.electorate.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner turns each kind of TLC outcome into the right result, on small fixture specs. */
class TlcRunnerTest {

    @TempDir
    static Path work;

    @BeforeAll
    static void copyFixtures() throws IOException, URISyntaxException {
        Path fixtures = Path.of(TlcRunnerTest.class.getResource("/fixtures/Counter.tla").toURI()).getParent();
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, work.resolve(f.getFileName()));
            }
        }
    }

    private static TlcResult check(String module, String config) {
        return new Tlc(work).heap("256m").check(module, config);
    }

    @Test
    void passedWithStates() {
        TlcResult.Passed passed = assertInstanceOf(TlcResult.Passed.class, check("Counter", "CounterOk"));
        assertEquals(4, passed.stats().distinctStates());
        assertEquals(4, passed.stats().depth());
    }

    @Test
    void invariantViolatedWithCounterexample() {
        TlcResult result = check("Counter", "CounterBad");
        TlcResult.InvariantViolated v = assertInstanceOf(TlcResult.InvariantViolated.class, result);
        assertEquals("Small", v.invariant());
        assertEquals(3, v.trace().size(), v.trace().toString());
        assertEquals("Initial predicate", v.trace().get(0).action());
        assertEquals("Next", v.trace().get(2).action());
        assertEquals("2", v.trace().get(2).vars().get("x"));
    }

    @Test
    void simulationReportsTheStatesItGeneratedOrTheViolationItFound() {
        TlcResult.Passed passed = assertInstanceOf(TlcResult.Passed.class,
                new Tlc(work).heap("256m").simulate("Counter", "CounterOk", 50, 2));
        assertTrue(passed.stats().distinctStates() > 50, passed.toString());
        TlcResult.InvariantViolated v = assertInstanceOf(TlcResult.InvariantViolated.class,
                new Tlc(work).heap("256m").simulate("Counter", "CounterBad", 50, 2));
        assertEquals("Small", v.invariant());
    }

    @Test
    void temporalPropertyViolated() {
        TlcResult.PropertyViolated v = assertInstanceOf(TlcResult.PropertyViolated.class, check("Lazy", "Lazy"));
        assertTrue(!v.trace().isEmpty());
    }

    @Test
    void deadlock() {
        TlcResult.Deadlock d = assertInstanceOf(TlcResult.Deadlock.class, check("Stuck", "Stuck"));
        assertEquals(3, d.trace().size());
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        TlcResult.SpecError e = assertInstanceOf(TlcResult.SpecError.class, check("Broken", "Broken"));
        assertEquals("Broken.tla", e.file());
        assertEquals(6, e.line());
        assertTrue(e.message().contains("Encountered"), e.message());
        assertTrue(e.describe().startsWith("Broken.tla:6: "), e.describe());
    }

    @Test
    void unknownIdentifierNamesFileAndLine() {
        TlcResult.SpecError e = assertInstanceOf(TlcResult.SpecError.class, check("Unknown", "Unknown"));
        assertEquals("Unknown.tla", e.file());
        assertEquals(6, e.line());
        assertTrue(e.message().contains("Limit"), e.message());
    }

    @Test
    void unassignedConstantNamesTheConfig() {
        TlcResult.SpecError e = assertInstanceOf(TlcResult.SpecError.class, check("Counter", "CounterNoN"));
        assertEquals("CounterNoN.cfg", e.file());
        assertTrue(e.message().contains("constant parameter N"), e.message());
    }

    @Test
    void missingModuleIsASpecError() {
        TlcResult.SpecError e = assertInstanceOf(TlcResult.SpecError.class, check("Nowhere", "Stuck"));
        assertTrue(e.describe().contains("Nowhere"), e.describe());
    }
}
