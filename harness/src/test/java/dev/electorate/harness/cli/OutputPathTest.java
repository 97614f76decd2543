package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.io.Json;
import dev.electorate.harness.io.OutputFolder;
import dev.electorate.harness.io.ShellWords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output folders: a file, or a folder that cannot be made, is bad input before any work is done;
 * paths with spaces and non-ASCII characters work, and the replay command printed for them pastes
 * back into a shell; files are written whole.
 */
class OutputPathTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"check --algorithm bully --runs 1", "compare --algorithm bully --nodes 3 --runs 1",
        "lin h.jsonl --model mutex", "tlc --algorithm bully", "explore --algorithm bully --tries 1",
        "explore --exhaustive --algorithm bully"})
    void anOutThatIsAFileIsBadInputBeforeAnyWork(String command, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "mine");
        String[] args = (command + " --no-progress --out " + file).split(" ");
        CliTest.Outcome o = CliTest.run(args);
        assertEquals(2, o.status(), o.out() + o.err());
        assertTrue(o.err().contains("--out " + file + " is a file, not a folder"), o.err());
        assertEquals("mine", Files.readString(file));
        assertTrue(o.out().isEmpty(), "no work done: " + o.out());
    }

    @Test
    void anOutUnderAFileOrWhereNothingCanBeMadeIsBadInput(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "mine");
        CliTest.Outcome under = CliTest.run("check", "--algorithm", "bully", "--runs", "1", "--out",
                file.resolve("sub").toString());
        assertEquals(2, under.status(), under.err());
        assertTrue(under.err().contains("cannot be made") && under.err().contains("is a file"), under.err());
        // /proc takes no new folders, even from root (who may write anywhere else, so no chmod here).
        CliTest.Outcome proc = CliTest.run("check", "--algorithm", "bully", "--runs", "1", "--out", "/proc/electorate-out");
        assertEquals(2, proc.status(), proc.err());
        assertTrue(proc.err().contains("--out /proc/electorate-out cannot be written"), proc.err());
    }

    @Test
    void spacesAndNonAsciiInTheOutFolderWorkAndTheReplayCommandIsQuoted(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("my results/élection 1");
        CliTest.Outcome o = CliTest.run("check", "--algorithm", "bully", "--faults", "partition", "--runs", "40",
                "--nodes", "5", "--no-progress", "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        JsonNode cell = Json.MAPPER.readTree(out.resolve("results.json").toFile()).get("cells").get(0);
        String command = cell.get("counterexample").get("replayCommand").asText();
        assertTrue(command.startsWith("./electorate replay '" + out), command);
        try (Stream<Path> files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")), "temporary files are renamed away");
        }
    }

    @Test
    void aReplayTraceThatNamesAFolderIsBadInput(@TempDir Path dir) throws Exception {
        CliTest.Outcome o = CliTest.run("replay", dir.resolve("missing.replay.json").toString(), "--trace", dir.toString());
        assertEquals(2, o.status(), o.out() + o.err());
        assertTrue(o.err().contains("--trace " + dir + " is a folder"), o.err());
    }

    @Test
    void anExploreShrinkBudgetOutOfRangeIsBadInput() {
        CliTest.Outcome o = CliTest.run("explore", "--algorithm", "bully", "--shrink-budget", "-1");
        assertEquals(2, o.status(), o.out() + o.err());
        assertTrue(o.err().contains("--shrink-budget must be from 0 to 1000000, got -1"), o.err());
    }

    @Test
    void shellWordsQuoteWhatTheShellWouldSplitOrExpand() {
        assertEquals("out/bully-seed7.replay.json", ShellWords.quote("out/bully-seed7.replay.json"));
        assertEquals("'my out/a b.json'", ShellWords.quote("my out/a b.json"));
        assertEquals("'it'\\''s'", ShellWords.quote("it's"));
        assertEquals("'$HOME;rm'", ShellWords.quote("$HOME;rm"));
        assertEquals("''", ShellWords.quote(""));
    }

    @Test
    void aFileIsWrittenWholeOverTheOldOne(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("results.json");
        OutputFolder.write(target, "old");
        OutputFolder.write(target, "new and longer");
        assertEquals("new and longer", Files.readString(target));
        assertFalse(Files.exists(dir.resolve("results.json.tmp")));
        Files.createDirectories(dir.resolve("blocked.json.tmp")); // the temporary name is taken by a folder
        try {
            OutputFolder.write(dir.resolve("blocked.json"), "x");
            throw new AssertionError("a file that cannot be written is bad input");
        } catch (BadInputException expected) {
            assertTrue(expected.getMessage().contains("cannot write " + dir.resolve("blocked.json")), expected.getMessage());
        }
    }
}
