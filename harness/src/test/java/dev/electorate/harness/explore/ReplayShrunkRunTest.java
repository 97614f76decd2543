package dev.electorate.harness.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.check.ReplayFile;
import dev.electorate.harness.check.RunOutcome;
import dev.electorate.harness.cli.CliTest;
import dev.electorate.harness.cli.Main;
import dev.electorate.harness.io.TraceCodec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every mutant: the replay file {@code electorate explore} writes for its shrunk run, replayed
 * with the command it prints, reproduces the same violation (property) at the same step index,
 * from a byte-identical trace.
 */
class ReplayShrunkRunTest {

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> replayingAShrunkRunReproducesItsViolationAtTheSameStep() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Algorithm a : Algorithms.all()) {
            for (Mutant m : a.mutants()) {
                if (m.rare()) {
                    continue; // not killed in 300 runs: its directed test covers it
                }
                tests.add(DynamicTest.dynamicTest(a.name() + " " + m.name(), () -> check(a, m.name())));
            }
        }
        return tests.stream();
    }

    private void check(Algorithm a, String mutant) {
        Path dir = out.resolve(a.name() + "-" + mutant);
        CliTest.Outcome explore = CliTest.run("explore", "--algorithm", a.name(), "--mutant", mutant, "--seed", "3",
                "--tries", "300", "--out", dir.toString());
        assertEquals(Main.OK, explore.status(), explore.out() + explore.err());
        assertFalse(explore.out().contains("no violation"), () -> "not killed in 300 runs: " + explore.out());
        // The headline: "bully mutant no-answer: Uniqueness violated at step 22 (tick 34): ..."
        Matcher headline = Pattern.compile(": (\\w+) violated at step (\\d+) \\(tick (\\d+)\\)").matcher(explore.out());
        assertTrue(headline.find(), explore.out());
        Matcher command = Pattern.compile("replay: \\./electorate replay (\\S+\\.replay\\.json)").matcher(explore.out());
        assertTrue(command.find(), explore.out());
        Path file = Path.of(command.group(1));

        ReplayFile replay = ReplayFile.read(file, Algorithms::byName);
        assertNotNull(replay.run().choices(), "a shrunk run carries its choices");
        assertEquals(headline.group(1), replay.violation().property());
        assertEquals(Long.parseLong(headline.group(2)), replay.violation().step());

        Trace trace = Runs.execute(replay.run());
        assertEquals(replay.traceSha256(), TraceCodec.digest(trace), "the replayed trace differs");
        Violation first = RunOutcome.decidedViolations(trace, a).get(0);
        assertEquals(replay.violation(), first, "replay shows another violation first");

        // And through the command line, as a user would: the command printed, minus the launcher.
        CliTest.Outcome replayed = CliTest.run("replay", file.toString(), "--trace", dir.resolve("again.jsonl").toString());
        assertEquals(Main.OK, replayed.status(), replayed.err());
        assertTrue(replayed.err().contains("identical"), replayed.err());
        assertTrue(replayed.err().contains(headline.group(1) + " violated at step " + headline.group(2) + " (tick "
                + headline.group(3) + ")"), replayed.err());
    }
}
