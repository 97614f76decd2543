package dev.electorate.harness.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.adapter.AdaptedAlgorithm;
import dev.electorate.harness.adapter.Declaration;
import dev.electorate.harness.adapter.ExampleElection;
import dev.electorate.harness.adapter.NodeClasses;
import dev.electorate.harness.check.ReplayFile;
import dev.electorate.harness.cli.CliTest;
import dev.electorate.harness.cli.Main;
import dev.electorate.harness.io.TraceCodec;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A counterexample ends where it fails: the trace, the replay file and the report stop at the
 * violating step (for Termination, at the deadline), and shrinking never makes the run larger.
 */
class CounterexampleEndTest {

    private static final Pattern BEFORE = Pattern.compile("before shrinking: (\\d+) nodes, (\\d+) faults?, (\\d+) steps");
    private static final Pattern AFTER = Pattern.compile("after shrinking: +(\\d+) nodes \\[[^]]*], (\\d+) faults?, (\\d+) steps");
    private static final Pattern REPLAY = Pattern.compile("replay: \\./electorate replay (\\S+\\.replay\\.json)");

    @ParameterizedTest(name = "{0} {1} ({2})")
    @CsvSource({
        "bully, no-answer, Uniqueness, crash-recover",
        "raft, forget-vote, Uniqueness, crash-recover",
        "lelann, declare-own-id, Uniqueness, ''",
        "hirschberg-sinclair, no-next-phase, Termination, ''",
        "chang-roberts, no-skip, Termination, ''",
        "bully, no-heartbeat-timeout, Termination, ''",
    })
    void aShrunkRunEndsAtItsViolationAndIsNoLarger(String algorithm, String mutant, String property, String faults,
                                                   @TempDir Path out) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("explore", "--algorithm", algorithm, "--mutant", mutant,
                "--seed", "3", "--tries", "300", "--shrink-budget", "300", "--no-progress", "--out", out.toString()));
        if (!faults.isEmpty()) {
            args.addAll(List.of("--faults", faults));
        }
        // A mutant's violation is the point of exploring it: status 0.
        assertEndsAtItsViolationAndIsNoLarger(CliTest.run(args.toArray(String[]::new)), Main.OK, property);
    }

    /** The case that once grew from 3 nodes and 111 steps to 5 nodes and 266: a user's impatient election. */
    @Test
    void aUsersImpatientElectionShrinksToNoMoreNodesAndSteps(@TempDir Path out) throws Exception {
        CliTest.Outcome explore = CliTest.run("explore", "--node-class", ExampleElection.BUGGY, "--classpath",
                ExampleElection.classpath().toString(), "--assume", "crash", "--winner", "highest",
                "--termination-bound", "80", "--seed", "3", "--tries", "500", "--shrink-budget", "300", "--no-progress",
                "--out", out.toString());
        // A user's election broken inside what it declares is a finding: status 1.
        Algorithm impatient = AdaptedAlgorithm.declared("ImpatientElection", Declaration.parse(List.of("crash"), "highest",
                80), NodeClasses.load(ExampleElection.BUGGY, ExampleElection.classpath().toString()));
        assertEndsAtItsViolationAndIsNoLarger(explore, Main.VIOLATION, "Uniqueness", name -> impatient);
    }

    private static void assertEndsAtItsViolationAndIsNoLarger(CliTest.Outcome explore, int status, String property)
            throws Exception {
        assertEndsAtItsViolationAndIsNoLarger(explore, status, property, Algorithms::byName);
    }

    /** As above, for a run whose algorithm {@code algorithms} finds by name (a user's election, say). */
    private static void assertEndsAtItsViolationAndIsNoLarger(CliTest.Outcome explore, int status, String property,
                                                              Function<String, Algorithm> algorithms) throws Exception {
        assertEquals(status, explore.status(), explore.out() + explore.err());
        assertTrue(explore.out().contains(property + " violated at step"), explore.out());

        Matcher replayed = REPLAY.matcher(explore.out());
        assertTrue(replayed.find(), explore.out());
        Path file = Path.of(replayed.group(1));
        ReplayFile replay = ReplayFile.read(file, algorithms);
        Trace trace = TraceCodec.read(Path.of(file.toString().replace(".replay.json", ".trace.jsonl")));
        Step last = trace.steps().get(trace.steps().size() - 1);
        TraceHeader header = trace.header();
        if (property.equals("Termination")) {
            long deadline = header.healedAt() + header.terminationBound();
            assertEquals(deadline, header.horizon(), "a Termination counterexample stops at its deadline");
            assertEquals(Long.valueOf(deadline), replay.run().horizon(), "the replay file keeps the deadline as its horizon");
            assertTrue(last.time() <= deadline, "a step after the deadline: " + last);
        } else {
            assertEquals(replay.violation().step(), last.index(), "the trace goes on after its violating step");
            assertEquals(Integer.valueOf(trace.steps().size()), replay.run().steps(), "the replay file's cut");
        }

        Matcher before = BEFORE.matcher(explore.out());
        Matcher after = AFTER.matcher(explore.out());
        assertTrue(before.find() && after.find(), explore.out());
        for (int g = 1; g <= 3; g++) {
            assertTrue(Integer.parseInt(after.group(g)) <= Integer.parseInt(before.group(g)),
                    "shrinking made the run larger (nodes, faults, steps): " + explore.out());
        }
    }

    @Test
    void aCutCounterexampleIsTheSameBytesForTheSameSeed(@TempDir Path out) throws Exception {
        byte[][] traces = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path dir = out.resolve("run" + i);
            CliTest.Outcome explore = CliTest.run("explore", "--algorithm", "raft", "--mutant", "forget-vote",
                    "--faults", "crash-recover", "--seed", "3", "--tries", "300", "--shrink-budget", "300",
                    "--no-progress", "--out", dir.toString());
            assertEquals(Main.OK, explore.status(), explore.err());
            Matcher m = REPLAY.matcher(explore.out());
            assertTrue(m.find(), explore.out());
            traces[i] = Files.readAllBytes(Path.of(m.group(1).replace(".replay.json", ".trace.jsonl")));
        }
        assertArrayEquals(traces[0], traces[1]);
    }

    @Test
    void checksCounterexampleEndsAtItsViolationAndReplaysIdentically(@TempDir Path out) throws Exception {
        CliTest.Outcome check = CliTest.run("check", "--algorithm", "raft", "--mutant", "forget-vote", "--faults",
                "crash-recover", "--runs", "100", "--no-progress", "--out", out.toString());
        assertEquals(Main.VIOLATION, check.status(), check.out() + check.err());
        Path file;
        try (var files = Files.list(out.resolve("counterexamples"))) {
            file = files.filter(p -> p.toString().endsWith(".replay.json")).findFirst().orElseThrow();
        }
        ReplayFile replay = ReplayFile.read(file, Algorithms::byName);
        Trace trace = TraceCodec.read(Path.of(file.toString().replace(".replay.json", ".trace.jsonl")));
        assertEquals(replay.violation().step(), trace.steps().get(trace.steps().size() - 1).index());
        CliTest.Outcome again = CliTest.run("replay", file.toString(), "--trace", out.resolve("again.jsonl").toString());
        assertEquals(Main.OK, again.status(), again.err());
        assertTrue(again.err().contains("identical"), again.err());
        assertTrue(!again.err().contains("cannot be decided"), "a cut run reports Termination undecided: " + again.err());
    }
}
