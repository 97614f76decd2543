package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * An internal error of any verb exits with status 70, never 0, 1, 2 or 3, says so in one line and
 * leaves its stack trace in the verb's output folder: a CI can tell a crash from a verdict.
 */
class InternalErrorTest {

    /** Runs {@code args} with the verb's work replaced by {@code failure}, as if electorate had a bug there. */
    private static CliTest.Outcome crash(Throwable failure, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionStrategy(parsed -> {
            if (failure instanceof Error e) {
                throw e;
            }
            throw new CommandLine.ExecutionException(cli, "the verb failed", failure);
        });
        return CliTest.capture(() -> Main.execute(cli, args));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check", "replay", "explore", "mutants", "bench", "tlc", "lin", "compare", "validate"})
    void everyVerbExitsSeventyWithTheTraceInAFile(String verb, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of(verb));
        switch (verb) {
            case "replay" -> args.add(dir.resolve("x.replay.json").toString());
            case "lin" -> args.addAll(List.of(dir.resolve("h.jsonl").toString(), "--model", "mutex"));
            case "validate" -> args.add("etcd");
            default -> { }
        }
        boolean hasOut = List.of("check", "explore", "tlc", "lin", "compare").contains(verb);
        if (hasOut) {
            args.addAll(List.of("--out", out.toString()));
        }
        Path cwd = Path.of("electorate-out", Main.CRASH_FILE);
        Files.deleteIfExists(cwd);
        CliTest.Outcome o = crash(new IllegalStateException("invariant broken in " + verb), args.toArray(String[]::new));
        assertEquals(Main.INTERNAL_ERROR, o.status(), o.err());
        assertTrue(o.err().contains("internal error") && o.err().contains("invariant broken in " + verb), o.err());
        assertEquals(1, o.err().strip().lines().count(), "one line, the trace in a file: " + o.err());
        Path file = hasOut ? out.resolve(Main.CRASH_FILE) : cwd;
        assertTrue(o.err().contains(file.toString()), o.err());
        String trace = Files.readString(file);
        assertTrue(trace.contains("java.lang.IllegalStateException: invariant broken in " + verb)
                && trace.contains("\tat "), trace);
        Files.deleteIfExists(cwd);
    }

    @Test
    void anErrorSuchAsAStackOverflowIsAnInternalErrorToo(@TempDir Path dir) throws Exception {
        CliTest.Outcome o = crash(new StackOverflowError(), "check", "--out", dir.toString());
        assertEquals(Main.INTERNAL_ERROR, o.status(), o.err());
        assertTrue(Files.readString(dir.resolve(Main.CRASH_FILE)).contains("StackOverflowError"));
    }

    @Test
    void badInputIsStillStatusTwoAndAViolationStillOne(@TempDir Path dir) {
        assertEquals(Main.BAD_INPUT, crash(new dev.electorate.harness.io.BadInputException("--x is wrong"),
                "check", "--out", dir.toString()).status());
        assertTrue(Files.notExists(dir.resolve(Main.CRASH_FILE)));
    }
}
