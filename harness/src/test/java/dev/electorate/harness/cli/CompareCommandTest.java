package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code electorate compare}: tables, page and data, every empty cell explained, the same bytes for the same seed. */
class CompareCommandTest {

    @Test
    void comparesEveryAlgorithmAndExplainsEveryEmptyCell(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a");
        CliTest.Outcome o = CliTest.run("compare", "--nodes", "3..5", "--runs", "3", "--out", out.toString());
        assertEquals(0, o.status(), o.out() + o.err());
        assertTrue(o.out().startsWith("Messages per election, no faults"), o.out());
        assertTrue(o.out().contains("hirschberg-sinclair"), o.out());
        // Hirschberg-Sinclair and Itai-Rodeh survive no crash: their column is empty, with the reason.
        assertTrue(o.out().contains("hirschberg-sinclair, after a leader crash: not measured: hirschberg-sinclair assumes no node fails"),
                o.out());
        assertTrue(o.out().contains("claim: Bully elects the highest live id.\n  supported"), o.out());
        String html = Files.readString(out.resolve("compare.html"));
        assertEquals(4, CliTestSupport.count(html, "<figure class=\"plot\">"), "messages and ticks, two scenarios each");
        assertTrue(html.contains("data-series=\"Chang-Roberts worst n(n+1)/2\""), "the textbook curves are drawn");
        assertTrue(html.contains("data-series=\"bully\""), "the measurements are drawn");
        assertTrue(html.contains("Textbook claims") && html.contains("claim-supported"), html);
        assertTrue(Files.readString(out.resolve("compare.json")).contains("\"claims\""));
        assertEquals("", o.err(), "no progress bar without a terminal");

        Path again = dir.resolve("b");
        CliTest.Outcome p = CliTest.run("compare", "--nodes", "3..5", "--runs", "3", "--out", again.toString());
        assertEquals(o.out().replace(out.toString(), ""), p.out().replace(again.toString(), ""), "same seed, same tables");
        assertEquals(html, Files.readString(again.resolve("compare.html")), "same seed, same page");
        assertEquals(Files.readString(out.resolve("compare.json")), Files.readString(again.resolve("compare.json")));
    }

    @Test
    void badOptionsExitTwo(@TempDir Path dir) {
        assertEquals(2, CliTest.run("compare", "--runs", "0", "--out", dir.toString()).status());
        CliTest.Outcome tooSmall = CliTest.run("compare", "--nodes", "1..4", "--out", dir.toString());
        assertEquals(2, tooSmall.status());
        assertTrue(tooSmall.err().contains("--nodes must be at least 2"), tooSmall.err());
        CliTest.Outcome unknown = CliTest.run("compare", "--algorithm", "paxos9", "--nodes", "3", "--out", dir.toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown algorithm 'paxos9'"), unknown.err());
    }
}
