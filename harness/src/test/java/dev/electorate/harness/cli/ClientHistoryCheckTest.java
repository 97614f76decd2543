package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.cli.CliTest.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} derives each run's client history (campaigns and resignations with fencing tokens) and
 * checks it against the fenced lease: a Raft that grants two votes in a term is caught, the history file
 * it writes is rejected by {@code lin} on its own, and the unmutated Raft's histories pass.
 */
class ClientHistoryCheckTest {

    @Test
    void aRaftThatVotesTwiceInATermWritesAHistoryThatLinRejects(@TempDir Path out) throws Exception {
        Outcome check = CliTest.run("check", "--algorithm", "raft", "--mutant", "grant-any-vote", "--faults", "none",
                "--runs", "60", "--nodes", "4", "--out", out.toString());
        assertEquals(1, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("Linearizability"), check.out());
        List<Path> histories;
        try (Stream<Path> files = Files.list(out.resolve("counterexamples"))) {
            histories = files.filter(p -> p.toString().endsWith(".history.jsonl")).toList();
        }
        assertEquals(1, histories.size(), histories::toString);
        Outcome lin = CliTest.run("lin", histories.get(0).toString(), "--model", "fenced-lease",
                "--out", out.resolve("lin").toString());
        assertEquals(1, lin.status(), lin.out() + lin.err());
        assertTrue(lin.out().contains("not-linearizable"), lin.out());
    }

    @Test
    void theUnmutatedRaftsHistoriesAreLinearizableUnderPartitionsAndPauses(@TempDir Path out) {
        Outcome check = CliTest.run("check", "--algorithm", "raft", "--faults", "partition,pause", "--runs", "150",
                "--nodes", "3..5", "--out", out.toString());
        assertEquals(0, check.status(), check.out() + check.err());
        assertTrue(!check.out().contains("Linearizability"), check.out());
    }
}
