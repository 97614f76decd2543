package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Numbers out of range, flags a mode ignores and inverted ranges are bad input (status 2) with a
 * message that names the flag and what it takes, before any work is done; good values still pass.
 */
class HostileFlagsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bench --rounds 0                         | --rounds must be from 1 to 1000, got 0",
        "bench --runs -5                          | --runs must be from 1 to 10000000, got -5",
        "bench --nodes 1                          | --nodes must be from 2 to 1000",
        "bench --horizon 0                        | --horizon must be from 1",
        "mutants --searches 0                     | --searches must be from 1 to 1000, got 0",
        "mutants --tries 0                        | --tries must be at least 1, got 0",
        "mutants --shrink-budget -1               | --shrink-budget must be at least 0",
        "tlc --timeout 0                          | --timeout must be 1 to 604800 seconds",
        "tlc --timeout 99999999999                | --timeout must be 1 to 604800 seconds",
        "tlc --seconds 5                          | --seconds and --depth set TLC's simulation mode",
        "tlc --simulate --no-mutants              | --simulate runs the simulation models only",
        "lin x.jsonl --model mutex --timeout 99999999999999h | --timeout '99999999999999h' is out of range",
        "lin x.jsonl --model mutex --timeout -1s  | --timeout '-1s' is out of range",
        "lin x.jsonl --model mutex --timeout soon | --timeout 'soon' is not a duration",
        "check --runs 0                           | --runs must be at least 1, got 0",
        "check --validate-traces 5 --runs 2       | --validate-traces must be from 0 to 2, got 5",
        "check --nodes 100000                     | --nodes must be at most 1000, got 100000",
        "check --nodes 99999999999                | --nodes must be at most 1000",
        "check --nodes 5..3                       | --nodes 5..3 is an inverted range: write the smaller size first (3..5)",
        "check --mutant no-answer                 | --mutant no-answer is a mutant of bully; add --algorithm bully",
        "check --mutant no-such-thing             | is no algorithm's mutant",
        "check --winner highest                   | describe your own election; add --node-class CLASS or --node-cmd CMD",
        "check --node-timeout 50                  | describe your own election",
        "check --termination-bound 9              | describe your own election",
        "compare --runs 0                         | --runs must be at least 1, got 0",
        "compare --nodes 3..2000                  | --nodes must be at most 1000"})
    void isBadInputNamingTheFlag(String command, String message, @TempDir Path dir) {
        String[] args = (command.trim() + " --out " + dir).split(" +");
        if (command.startsWith("bench") || command.startsWith("mutants")) {
            args = command.trim().split(" +"); // no --out: they write nothing
        }
        CliTest.Outcome o = CliTest.run(args);
        assertEquals(2, o.status(), o.out() + o.err());
        assertTrue(o.err().contains(message.trim()), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
    }

    @Test
    void flagsOfYourOwnElectionThatContradictEachOtherAreRefused(@TempDir Path dir) {
        String node = dev.electorate.harness.adapter.HostileNodes.Fair.class.getName();
        CliTest.Outcome like = CliTest.run("check", "--node-class", node, "--like", "bully", "--winner", "any",
                "--out", dir.toString());
        assertEquals(2, like.status(), like.err());
        assertTrue(like.err().contains("--like bully already fixes the winner"), like.err());
        CliTest.Outcome timeout = CliTest.run("check", "--node-class", node, "--node-timeout", "99999999999999",
                "--out", dir.toString());
        assertEquals(2, timeout.status(), timeout.err());
        assertTrue(timeout.err().contains("--node-timeout must be from 1 to 86400000"), timeout.err());
        CliTest.Outcome mutant = CliTest.run("check", "--node-class", node, "--mutant", "no-answer",
                "--out", dir.toString());
        assertEquals(2, mutant.status(), mutant.err());
        assertTrue(mutant.err().contains("your own election has none"), mutant.err());
    }

    @Test
    void tlcMutantsAndNoMutantsDoWhatTheirNamesSay() {
        TlcCommand on = new TlcCommand();
        new CommandLine(on).parseArgs("--mutants");
        assertTrue(on.mutants);
        TlcCommand off = new TlcCommand();
        new CommandLine(off).parseArgs("--no-mutants");
        assertFalse(off.mutants);
        TlcCommand unset = new TlcCommand();
        new CommandLine(unset).parseArgs();
        assertTrue(unset.mutants);
    }

    @Test
    void validateHelpPrintsHelp() {
        CliTest.Outcome o = CliTest.run("validate", "--help");
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("Usage: electorate validate") && o.out().contains("SERVICE"), o.out());
        CliTest.Outcome none = CliTest.run("validate");
        assertEquals(2, none.status(), none.err());
        assertTrue(none.err().contains("name the service to validate: zookeeper or etcd"), none.err());
    }

    @Test
    void goodValuesStillPass(@TempDir Path dir) {
        assertEquals(0, CliTest.run("check", "--algorithm", "bully", "--faults", "none", "--runs", "2", "--nodes",
                "3..4", "--no-progress", "--out", dir.toString()).status());
        assertEquals(0, CliTest.run("bench", "--rounds", "1", "--runs", "1", "--horizon", "100", "--no-progress").status());
        assertTrue(Files.exists(dir.resolve("results.json")));
    }

    @Test
    void aCorruptJarOnTheClasspathIsCalledCorrupt(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("election.jar"), "not a zip at all");
        CliTest.Outcome o = CliTest.run("check", "--node-class", "com.acme.Election", "--classpath", jar.toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(2, o.status(), o.err());
        assertTrue(o.err().contains("--classpath entry " + jar + " is corrupt"), o.err());
    }
}
