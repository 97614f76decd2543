package dev.electorate.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explore} writes index.html with the shrunk counterexample's timeline, or a page saying none was found. */
class ExploreReportTest {

    @Test
    void exploreWritesThePageOfItsCounterexample(@TempDir Path out) throws Exception {
        assertEquals(0, quietly("explore", "--algorithm", "bully", "--faults", "partition", "--tries", "200",
                "--out", out.toString()));
        String page = Files.readString(out.resolve(Report.FILE));
        assertTrue(page.contains("<g class=\"violation\" data-step=\""), "no marked step");
        assertTrue(page.contains("<g class=\"lane\" data-node=\""), "no lanes");
        assertTrue(page.contains("./electorate replay "), "no replay command");
    }

    @Test
    void exploreWithoutAFailureStillWritesAPage(@TempDir Path out) throws Exception {
        assertEquals(0, quietly("explore", "--algorithm", "bully", "--faults", "none", "--tries", "5",
                "--out", out.toString()));
        String page = Files.readString(out.resolve(Report.FILE));
        assertTrue(page.contains("no violation in 5 runs"), page);
    }

    private static int quietly(String... args) {
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.execute(args);
        } finally {
            System.setOut(old);
        }
    }
}
