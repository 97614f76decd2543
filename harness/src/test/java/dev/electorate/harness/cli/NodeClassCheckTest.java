package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.adapter.ExampleElection;
import dev.electorate.harness.adapter.NodeClasses;
import dev.electorate.harness.adapter.AdaptedAlgorithm;
import dev.electorate.harness.adapter.Declaration;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.explore.Explorer;
import dev.electorate.harness.io.Json;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --node-class}: a third party's class, loaded from its own jar, is checked under the
 * fault classes its author declares; the correct one holds, the buggy one is caught and shrunk,
 * and every way of naming it wrongly is bad input that says what to fix.
 */
class NodeClassCheckTest {

    private static final String JAR = ExampleElection.classpath().toString();

    @Test
    void theCorrectClassHoldsUnderEveryDeclaredFaultClass(@TempDir Path out) throws Exception {
        CliTest.Outcome check = CliTest.run("check", "--node-class", ExampleElection.CORRECT, "--classpath", JAR,
                "--assume", "crash,crash-recover", "--winner", "highest", "--termination-bound", "80",
                "--runs", "100", "--nodes", "3..5", "--out", out.toString());
        assertEquals(0, check.status(), check.out() + check.err());
        JsonNode cells = Json.MAPPER.readTree(out.resolve("results.json").toFile()).get("cells");
        assertEquals(3, cells.size(), "only the declared classes run: " + cells);
        assertEquals(List.of("none", "crash", "crash-recover"),
                Stream.of(cells.get(0), cells.get(1), cells.get(2)).map(c -> c.get("faultClass").asText()).toList());
        for (JsonNode cell : cells) {
            assertEquals("HighestIdElection", cell.get("algorithm").asText());
            assertEquals("holds", cell.get("verdict").asText(), cell.toString());
            assertEquals(100, cell.get("runs").asInt());
        }
    }

    @Test
    void theBuggyClassIsAnUnexpectedViolationWithAReplayableCounterexample(@TempDir Path out) throws Exception {
        CliTest.Outcome check = CliTest.run("check", "--node-class", ExampleElection.BUGGY, "--classpath", JAR,
                "--winner", "highest", "--termination-bound", "80", "--runs", "20", "--nodes", "3",
                "--out", out.toString());
        assertEquals(1, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("violated-unexpected") && check.out().contains("Uniqueness"), check.out());
        assertTrue(check.out().contains("./electorate replay FILE --node-class " + ExampleElection.BUGGY + " --classpath "
                + JAR + " --winner highest --termination-bound 80"), check.out());
        Path replay;
        try (Stream<Path> files = Files.list(out.resolve("counterexamples"))) {
            replay = files.filter(p -> p.toString().endsWith(".replay.json")).findFirst().orElseThrow();
        }
        assertTrue(replay.getFileName().toString().startsWith("ImpatientElection-"), replay.toString());
        CliTest.Outcome again = CliTest.run("replay", replay.toString(), "--node-class", ExampleElection.BUGGY,
                "--classpath", JAR, "--winner", "highest", "--termination-bound", "80", "--trace",
                out.resolve("again.jsonl").toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.err().contains("identical") && again.err().contains("Uniqueness"), again.err());
    }

    @Test
    void theBuggyClassShrinksToASmallerRunThatStillBreaksUniqueness() {
        Algorithm buggy = AdaptedAlgorithm.declared("ImpatientElection",
                Declaration.parse(List.of("crash"), "highest", 80), NodeClasses.load(ExampleElection.BUGGY, JAR));
        Explorer.Outcome outcome = Explorer.explore(new Explorer.Plan(buggy, null, new NodeRange(3, 6),
                List.of(FaultClass.CRASH), 50, 1, 400));
        Explorer.Failure f = outcome.failure().orElseThrow(() -> new AssertionError("the impatient election"
                + " survived 50 runs"));
        assertEquals("Uniqueness", f.violation().property(), f.violation().toString());
        assertTrue(f.shrunk().sequence().size() < f.original().sequence().size(),
                "shrinking made nothing smaller: " + f.original().sequence() + " -> " + f.shrunk().sequence());
        assertTrue(f.shrunk().trace().steps().size() <= f.original().trace().steps().size());
        assertTrue(f.shrunk().run().schedule().faults().size() <= f.original().run().schedule().faults().size());
        // The correct class, explored the same way, holds.
        Algorithm correct = AdaptedAlgorithm.declared("HighestIdElection",
                Declaration.parse(List.of("crash"), "highest", 80), NodeClasses.load(ExampleElection.CORRECT, JAR));
        assertTrue(Explorer.explore(new Explorer.Plan(correct, null, new NodeRange(3, 6), List.of(FaultClass.CRASH),
                50, 1, 400)).failure().isEmpty());
    }

    @Test
    void exploreFindsAndShrinksTheBuggyClassAndItsReplayCommandWorks(@TempDir Path out) {
        CliTest.Outcome explore = CliTest.run("explore", "--node-class", ExampleElection.BUGGY, "--classpath", JAR,
                "--winner", "highest", "--termination-bound", "80", "--nodes", "3..5", "--tries", "20",
                "--shrink-budget", "300", "--out", out.toString());
        assertEquals(1, explore.status(), explore.out() + explore.err());
        assertTrue(explore.out().contains("ImpatientElection: Uniqueness violated"), explore.out());
        String replayLine = explore.out().lines().filter(l -> l.trim().startsWith("replay: ")).findFirst().orElseThrow();
        List<String> words = List.of(replayLine.trim().substring("replay: ./electorate ".length()).split(" "));
        CliTest.Outcome replay = CliTest.run(words.toArray(String[]::new));
        assertEquals(0, replay.status(), replay.err());
        assertTrue(replay.err().contains("identical") && replay.err().contains("Uniqueness"), replay.err());
        assertEquals(2, CliTest.run("explore", "--out", out.toString()).status(), "nothing named to explore");
    }

    @Test
    void aMissingClassIsBadInputNamingTheClassAndTheClasspath(@TempDir Path out) {
        CliTest.Outcome check = CliTest.run("check", "--node-class", "com.acme.election.NoSuchElection",
                "--classpath", JAR, "--out", out.toString());
        assertEquals(2, check.status(), check.err());
        assertTrue(check.err().contains("com.acme.election.NoSuchElection") && check.err().contains(JAR)
                && check.err().contains("package included"), check.err());
    }

    @Test
    void aClassThatIsNotANodeIsBadInput(@TempDir Path out) {
        CliTest.Outcome check = CliTest.run("check", "--node-class", "com.acme.election.Alive", "--classpath", JAR,
                "--out", out.toString());
        assertEquals(2, check.status(), check.err());
        assertTrue(check.err().contains("com.acme.election.Alive does not implement dev.electorate.spec.Node"),
                check.err());
    }

    @Test
    void aNodeWithoutAUsableConstructorIsBadInput(@TempDir Path out) {
        String name = "dev.electorate.harness.adapter.NoUsableConstructorNode";
        CliTest.Outcome check = CliTest.run("check", "--node-class", name, "--out", out.toString());
        assertEquals(2, check.status(), check.err());
        assertTrue(check.err().contains(name + " has no public constructor (int self, Cluster cluster)"), check.err());
    }

    @Test
    void aBadJarPathIsBadInputNamingThePath(@TempDir Path out) {
        String missing = out.resolve("no-such.jar").toString();
        CliTest.Outcome check = CliTest.run("check", "--node-class", ExampleElection.CORRECT, "--classpath", missing,
                "--out", out.toString());
        assertEquals(2, check.status(), check.err());
        assertTrue(check.err().contains("--classpath entry " + missing + " does not exist"), check.err());
    }

    @Test
    void optionsOfYourOwnElectionNeedOne(@TempDir Path out) {
        CliTest.Outcome check = CliTest.run("check", "--assume", "crash", "--out", out.toString());
        assertEquals(2, check.status(), check.err());
        assertTrue(check.err().contains("--node-class"), check.err());
        CliTest.Outcome both = CliTest.run("check", "--node-class", ExampleElection.CORRECT, "--classpath", JAR,
                "--algorithm", "bully", "--out", out.toString());
        assertEquals(2, both.status(), both.err());
    }
}
