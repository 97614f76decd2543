package dev.electorate.harness.exhaustive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.adapter.ExampleElection;
import dev.electorate.harness.cli.CliTest;
import dev.electorate.harness.cli.Main;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exhaustive exploration finds a known mutant on a shortest path, replays it, and clears the unmutated nodes. */
class ExhaustiveExplorerTest {

    private static ExhaustiveExplorer.Result explore(String algorithm, String mutant, int maxDepth) {
        Algorithm a = Algorithms.byName(algorithm);
        ModelBounds bounds = ModelBounds.choose(algorithm, 3, mutant, null);
        return ExhaustiveExplorer.explore(new ExhaustiveExplorer.Plan(a, mutant, bounds, 5_000_000, maxDepth));
    }

    @Test
    void bullyNoAnswerIsFoundOnAShortestPathThatReplayReproducesByteForByte(@TempDir Path out) throws Exception {
        CliTest.Outcome found = CliTest.run("explore", "--exhaustive", "--algorithm", "bully", "--mutant", "no-answer",
                "--out", out.toString());
        assertEquals(0, found.status(), found.out() + found.err());
        assertTrue(found.out().contains("Uniqueness violated"), found.out());
        Path replay = out.resolve("counterexamples/bully-no-answer-exhaustive.replay.json");
        Path trace = out.resolve("counterexamples/bully-no-answer-exhaustive.trace.jsonl");
        assertTrue(Files.isRegularFile(replay) && Files.isRegularFile(trace));
        assertTrue(Files.readString(out.resolve("index.html")).contains("<svg"), "the report draws the path");

        Path again = out.resolve("again.jsonl");
        CliTest.Outcome replayed = CliTest.run("replay", replay.toString(), "--trace", again.toString());
        assertEquals(0, replayed.status(), replayed.err());
        assertTrue(replayed.err().contains("identical"), replayed.err());
        assertTrue(replayed.err().contains("Uniqueness"), replayed.err());
        assertEquals(Files.readString(trace), Files.readString(again), "replay must reproduce the trace byte for byte");

        // Shortest: expanding every state one move short of the path finds nothing.
        ExhaustiveExplorer.Result r = explore("bully", "no-answer", Integer.MAX_VALUE);
        int length = r.violation().orElseThrow().path().size();
        assertTrue(found.out().contains("shortest path: " + length + " moves"), found.out());
        ExhaustiveExplorer.Result shorter = explore("bully", "no-answer", length - 1);
        assertTrue(shorter.violation().isEmpty(), "a violation shorter than " + length + " moves");
    }

    private static ExhaustiveExplorer.Result within(String algorithm, String mutant, String config) {
        return ExhaustiveExplorer.explore(new ExhaustiveExplorer.Plan(Algorithms.byName(algorithm), mutant,
                ModelBounds.choose(algorithm, 3, mutant, config), 5_000_000, Integer.MAX_VALUE));
    }

    @Test
    void theRecipesKeepTheirSpecsTimeSoTheyExploreCleanWhileAPauseAndAnIgnoredTimerStillShow() {
        // ZooKeeper within its default model (one crash of any node): every state, nothing broken, and the
        // clock the client reads stands for nothing the timer rule leaves undecided.
        ExhaustiveExplorer.Result zk = within("zookeeper", null, null);
        assertTrue(zk.complete() && zk.violation().isEmpty(), () -> zk.violation().toString());
        assertFalse(zk.clockRead());
        // etcd, one campaign each and no fault: clean and complete.
        ExhaustiveExplorer.Result calm = within("etcd", null, "MCEtcdRecipe3");
        assertTrue(calm.complete() && calm.violation().isEmpty(), () -> calm.violation().toString());
        // One pause (a lease expired under the client that relies on it): two clients believe they lead, as
        // MCEtcdRecipe3PauseOverlap says of the spec; the rule grants it only as the model's MaxPauses.
        ExhaustiveExplorer.Result paused = within("etcd", null, "MCEtcdRecipe3Pause");
        assertEquals("Uniqueness", paused.violation().orElseThrow().violation().property());
        // ignore-lease-timer: the service expires the lease once the client's TTL timer ran out, as the spec
        // orders, and the mutant still leads beside the next leader; the same path every time.
        ExhaustiveExplorer.Result ignored = within("etcd", "ignore-lease-timer", null);
        ExhaustiveExplorer.Result again = within("etcd", "ignore-lease-timer", null);
        assertEquals("Uniqueness", ignored.violation().orElseThrow().violation().property());
        assertEquals(ignored.violation().get().path(), again.violation().orElseThrow().path());
        assertTrue(ignored.violation().get().path().stream().anyMatch(m -> "lease".equals(m.timer())),
                "the client's TTL timer ran out on the path");
    }

    @Test
    void unmutatedBullyReportsNothingWithinItsModel() {
        ExhaustiveExplorer.Result r = explore("bully", null, Integer.MAX_VALUE);
        assertTrue(r.violation().isEmpty(), () -> r.violation().get().violation().toString());
        assertTrue(r.complete(), "every state within MCBully3's bounds expanded");
        // MCBully3: one crash of any node, restarted or not (2,511 states of the Java nodes).
        assertTrue(r.states() > 2_000, "crashes and restarts explored: " + r.states());
    }

    @Test
    void unmutatedHirschbergSinclairReportsNothingWithinItsModel() {
        ExhaustiveExplorer.Result r = explore("hirschberg-sinclair", null, Integer.MAX_VALUE);
        assertTrue(r.violation().isEmpty(), () -> r.violation().get().violation().toString());
        assertTrue(r.complete());
    }

    @Test
    void theSameCommandWritesTheSameFiles(@TempDir Path out) throws Exception {
        Path first = out.resolve("first");
        Path second = out.resolve("second");
        CliTest.Outcome a = CliTest.run("explore", "--exhaustive", "--algorithm", "bully", "--mutant", "assume-at-once", "--out",
                first.toString());
        CliTest.Outcome b = CliTest.run("explore", "--exhaustive", "--algorithm", "bully", "--mutant", "assume-at-once", "--out",
                second.toString());
        assertEquals(a.status(), b.status());
        // The console differs only in the timings and the output folder.
        assertEquals(withoutTimings(a.out(), first), withoutTimings(b.out(), second));
        for (String file : new String[] {"bully-assume-at-once-exhaustive.trace.jsonl",
            "bully-assume-at-once-exhaustive.history.jsonl"}) {
            assertEquals(Files.readString(first.resolve("counterexamples").resolve(file)),
                    Files.readString(second.resolve("counterexamples").resolve(file)), file);
        }
        assertEquals(Files.readString(first.resolve("counterexamples/bully-assume-at-once-exhaustive.replay.json"))
                        .replace(first.toString(), "OUT"),
                Files.readString(second.resolve("counterexamples/bully-assume-at-once-exhaustive.replay.json"))
                        .replace(second.toString(), "OUT"));
    }

    private static String withoutTimings(String console, Path out) {
        return console.replace(out.toString(), "OUT").replaceAll("depth (\\d+), .*", "depth $1");
    }

    @Test
    void theSameExplorationGivesTheSameStatesAndPath() {
        ExhaustiveExplorer.Result first = explore("bully", "no-answer", Integer.MAX_VALUE);
        ExhaustiveExplorer.Result second = explore("bully", "no-answer", Integer.MAX_VALUE);
        assertEquals(first.states(), second.states());
        assertEquals(first.transitions(), second.transitions());
        assertEquals(first.violation().orElseThrow().path(), second.violation().orElseThrow().path());
        assertEquals(first.violation().get().trace(), second.violation().get().trace());
    }

    @Test
    void aThirdPartyClassIsExploredAsItIs(@TempDir Path out) {
        CliTest.Outcome r = CliTest.run("explore", "--exhaustive", "--node-class", ExampleElection.CORRECT, "--classpath",
                ExampleElection.classpath().toString(), "--assume", "crash", "--winner", "highest", "--model", "MCBully3",
                "--out", out.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("no violation: every state within the bounds explored"), r.out());
    }

    @Test
    void badFlagsExitWithStatusTwo(@TempDir Path out) {
        assertEquals(Main.BAD_INPUT, CliTest.run("explore", "--exhaustive", "--algorithm", "bully", "--nodes", "3..5",
                "--out", out.toString()).status());
        assertEquals(Main.BAD_INPUT, CliTest.run("explore", "--exhaustive", "--algorithm", "bully", "--model", "MCRaft3",
                "--out", out.toString()).status());
        assertEquals(Main.BAD_INPUT, CliTest.run("explore", "--algorithm", "bully", "--model", "MCBully3",
                "--out", out.toString()).status());
        assertEquals(Main.BAD_INPUT, CliTest.run("explore", "--exhaustive", "--algorithm", "bully", "--faults", "crash",
                "--out", out.toString()).status());
        assertEquals(Main.BAD_INPUT, CliTest.run("explore", "--exhaustive", "--algorithm", "bully", "--max-states", "0",
                "--out", out.toString()).status());
        assertEquals(Main.BAD_INPUT, CliTest.run("explore", "--exhaustive", "--node-cmd", "python3 node.py", "--assume", "crash",
                "--out", out.toString()).status());
    }

    @Test
    void benchMeasuresTheExplorerAndRefusesFlagsThatDoNotFit() {
        CliTest.Outcome o = CliTest.run("bench", "--exhaustive", "--algorithm", "hirschberg-sinclair", "--rounds", "1",
                "--no-progress");
        assertEquals(Main.OK, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("bounds of MCHirschbergSinclair3"), o.out());
        assertTrue(o.out().contains("1,771 distinct states") && o.out().contains("every state within the bounds"),
                o.out());
        assertTrue(o.out().matches("(?s).*states per CPU second \\(exploring thread\\): +[1-9][0-9,]*\n.*"), o.out());
        CliTest.Outcome noModel = CliTest.run("bench", "--exhaustive", "--algorithm", "bully", "--model", "MCNope3",
                "--rounds", "1", "--no-progress");
        assertEquals(Main.BAD_INPUT, noModel.status(), noModel.err());
        assertTrue(noModel.err().contains("--model MCNope3 is not a model of bully"), noModel.err());
        CliTest.Outcome simulator = CliTest.run("bench", "--model", "MCBully3", "--rounds", "1", "--no-progress");
        assertEquals(Main.BAD_INPUT, simulator.status(), simulator.err());
        assertTrue(simulator.err().contains("--model needs --exhaustive"), simulator.err());
        CliTest.Outcome none = CliTest.run("bench", "--exhaustive", "--max-states", "0", "--rounds", "1", "--no-progress");
        assertEquals(Main.BAD_INPUT, none.status(), none.err());
        assertTrue(none.err().contains("--max-states must be from 1"), none.err());
    }
}
