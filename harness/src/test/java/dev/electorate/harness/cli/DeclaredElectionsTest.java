package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.adapter.ExampleElection;
import dev.electorate.harness.adapter.Python;
import dev.electorate.harness.io.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three correct elections written outside the project as a user would (a Raft-style majority
 * election, a simple majority election and a Bully), declared by their authors' files and not by
 * {@code --like}, hold over every fault class they declare: 200 runs per class by default, 10,000
 * with {@code -Delectorate.long=true}. Their buggy twins are caught.
 */
class DeclaredElectionsTest {

    private static final String JAR = ExampleElection.classpath().toString();

    static int runs() {
        return Boolean.getBoolean("electorate.long") ? 10_000 : 200;
    }

    @TempDir
    Path out;

    private record Declared(String nodeClass, String declaration, List<String> classes) {}

    private static final List<Declared> CORRECT = List.of(
            new Declared(ExampleElection.RAFT, "majority-raft", List.of("none", "crash", "crash-recover", "loss",
                    "duplicate", "reorder", "partition", "pause", "clock-skew", "mixed")),
            new Declared(ExampleElection.MAJORITY, "simple-majority", List.of("none", "crash", "loss", "duplicate",
                    "reorder", "partition", "pause", "clock-skew")),
            new Declared(ExampleElection.BULLY, "classic-bully", List.of("none", "crash", "crash-recover")));

    @TestFactory
    Stream<DynamicTest> eachCorrectElectionHoldsUnderEveryClassItDeclares() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Declared d : CORRECT) {
            tests.add(DynamicTest.dynamicTest(d.nodeClass(), () -> {
                Path dir = out.resolve(d.declaration());
                CliTest.Outcome check = CliTest.run("check", "--node-class", d.nodeClass(), "--classpath", JAR,
                        "--declare", ExampleElection.declaration(d.declaration()).toString(),
                        "--runs", Integer.toString(runs()), "--no-progress", "--out", dir.toString());
                assertEquals(0, check.status(), check.out() + check.err());
                JsonNode cells = Json.MAPPER.readTree(dir.resolve("results.json").toFile()).get("cells");
                List<String> classes = new ArrayList<>();
                for (JsonNode cell : cells) {
                    classes.add(cell.get("faultClass").asText());
                    assertEquals("holds", cell.get("verdict").asText(), cell.toString());
                    assertEquals(runs(), cell.get("runs").asInt());
                }
                assertEquals(d.classes(), classes, "every declared class runs, and only those");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> eachBuggyTwinIsCaught() {
        record Twin(String nodeClass, String declaration, String faults, int runs) {}
        List<Twin> twins = List.of(
                // Crash-recover contests aimed at VoteRequest find the forgotten vote in 4 of the first 400 runs of seed 1.
                new Twin(ExampleElection.FORGETFUL_RAFT, "majority-raft", "crash-recover", 400),
                new Twin(ExampleElection.GENEROUS_MAJORITY, "simple-majority", "none", 200),
                new Twin(ExampleElection.HASTY_BULLY, "classic-bully", "crash-recover", 200));
        List<DynamicTest> tests = new ArrayList<>();
        for (Twin t : twins) {
            tests.add(DynamicTest.dynamicTest(t.nodeClass(), () -> {
                CliTest.Outcome check = CliTest.run("check", "--node-class", t.nodeClass(), "--classpath", JAR,
                        "--declare", ExampleElection.declaration(t.declaration()).toString(), "--faults", t.faults(),
                        "--runs", Integer.toString(t.runs()), "--no-progress", "--out", out.resolve("twin").toString());
                assertEquals(1, check.status(), check.out() + check.err());
                assertTrue(check.out().contains("violated-unexpected") && check.out().contains("Uniqueness"),
                        check.out());
            }));
        }
        return tests.stream();
    }

    /**
     * Targeted crashes aim at the messages the declaration names: the forgetful Raft calls its vote
     * requests VoteRequest, so held to reference Raft's declaration (whose election message is
     * RequestVote) its double vote goes unseen, and declared as a renamed election message it is caught.
     */
    @Test
    void aRenamedElectionMessageIsTargetedWhenDeclared() {
        List<String> common = List.of("check", "--node-class", ExampleElection.FORGETFUL_RAFT, "--classpath", JAR,
                "--faults", "crash-recover", "--runs", "400", "--no-progress");
        CliTest.Outcome asRaft = CliTest.run(with(common, "--like", "raft", "--out", out.resolve("like").toString()));
        assertEquals(0, asRaft.status(), "no contest ever fires on RequestVote: " + asRaft.out() + asRaft.err());
        CliTest.Outcome renamed = CliTest.run(with(common, "--like", "raft", "--election-messages", "VoteRequest",
                "--out", out.resolve("renamed").toString()));
        assertEquals(1, renamed.status(), renamed.out() + renamed.err());
        assertTrue(renamed.out().contains("Uniqueness"), renamed.out());
        CliTest.Outcome declared = CliTest.run(with(common, "--assume", "mixed", "--termination-bound", "1970",
                "--fault-aftermath", "220", "--election-messages", "VoteRequest", "--out",
                out.resolve("declared").toString()));
        assertEquals(1, declared.status(), declared.out() + declared.err());
        assertTrue(declared.out().contains("Uniqueness"), declared.out());
    }

    /**
     * Declared exclusive, leadership must be one believer at a time whatever the term: a Raft leader cut
     * off in a minority still believes it leads beside the majority's newer one, which Raft allows and a
     * lease does not, so the same runs that hold for Raft break Uniqueness once exclusivity is declared.
     */
    @Test
    void exclusiveLeadershipIsHeldToWhenDeclared() {
        CliTest.Outcome check = CliTest.run("check", "--node-class", ExampleElection.RAFT, "--classpath", JAR,
                "--assume", "mixed", "--termination-bound", "1970", "--fault-aftermath", "220", "--exclusive-leadership",
                "--faults", "partition", "--runs", "100", "--no-progress", "--out", out.resolve("exclusive").toString());
        assertEquals(1, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("both believe they lead (tokens"), check.out());
    }

    /** The replay command printed with a counterexample of a declared election reproduces it as printed. */
    @Test
    void thePrintedReplayCommandCarriesTheDeclarationAndReproduces() {
        CliTest.Outcome check = CliTest.run("check", "--node-class", ExampleElection.HASTY_BULLY, "--classpath", JAR,
                "--declare", ExampleElection.declaration("classic-bully").toString(), "--faults", "crash-recover",
                "--runs", "200", "--no-progress", "--out", out.resolve("hasty").toString());
        assertEquals(1, check.status(), check.out() + check.err());
        String line = check.out().lines().filter(l -> l.trim().startsWith("replay: ")).findFirst().orElseThrow();
        assertTrue(line.contains("--fault-aftermath 60") && line.contains("--crash-budget half")
                && line.contains("--election-messages Election") && line.contains("--winner highest"), line);
        List<String> words = List.of(line.trim().substring("replay: ./electorate ".length()).split(" "));
        CliTest.Outcome replay = CliTest.run(words.toArray(String[]::new));
        assertEquals(0, replay.status(), replay.out() + replay.err());
        assertTrue(replay.err().contains("identical"), replay.err());
    }

    /**
     * The same Raft as a Python process, declared by the same file: two runs of three nodes per
     * declared class by default (a run of the Python process costs a few hundred milliseconds), 50 in the long
     * suite, where its forgetful twin is also caught in the run that catches the Java one (seed 55,
     * seven nodes: the same draws give the same run).
     */
    @Test
    void theRaftAsAPythonProcessHoldsUnderEveryClassItDeclares() throws Exception {
        boolean long_ = Boolean.getBoolean("electorate.long");
        Path script = ExampleElection.examples().resolve("python").resolve("raft_node.py");
        Path dir = out.resolve("python");
        CliTest.Outcome check = CliTest.run("check", "--node-cmd", Python.command(script), "--declare",
                ExampleElection.declaration("majority-raft").toString(), "--runs", long_ ? "50" : "2",
                "--nodes", long_ ? "3..5" : "3", "--no-progress", "--out", dir.toString());
        assertEquals(0, check.status(), check.out() + check.err());
        JsonNode cells = Json.MAPPER.readTree(dir.resolve("results.json").toFile()).get("cells");
        assertEquals(10, cells.size(), cells.toString());
        for (JsonNode cell : cells) {
            assertEquals("holds", cell.get("verdict").asText(), cell.toString());
        }
        if (long_) {
            CliTest.Outcome twin = CliTest.run("check", "--node-cmd", Python.command(script, "--forget-vote"), "--declare",
                    ExampleElection.declaration("majority-raft").toString(), "--faults", "crash-recover", "--seed", "55",
                    "--runs", "1", "--nodes", "7", "--no-progress", "--out", out.resolve("python-twin").toString());
            assertEquals(1, twin.status(), twin.out() + twin.err());
            assertTrue(twin.out().contains("Uniqueness"), twin.out());
        }
    }

    private static String[] with(List<String> common, String... more) {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
