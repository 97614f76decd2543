package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --coverage}: the coverage per algorithm, printed and in results.json, the same for the same seed. */
class CheckCoverageTest {

    @TempDir
    Path dir;

    private static final Pattern PRINTED = Pattern.compile(
            "coverage of bully after 40 runs: (\\d+) abstract states, (\\d+) transitions\n  spec actions that never occurred: .+\n");

    @Test
    void checkReportsCoveragePerAlgorithmWhenAskedAndOnlyThen() throws Exception {
        CliTest.Outcome o = CliTest.run("check", "--algorithm", "bully", "--faults", "none,crash", "--runs", "20",
                "--coverage", "--no-progress", "--out", dir.resolve("a").toString());
        assertEquals(0, o.status(), o.out() + o.err());
        Matcher m = PRINTED.matcher(o.out());
        assertTrue(m.find(), o.out());
        assertTrue(Integer.parseInt(m.group(1)) > 1 && Integer.parseInt(m.group(2)) > 1, o.out());
        String json = Files.readString(dir.resolve("a").resolve("results.json"));
        assertTrue(json.contains("\"coverage\""), json);
        for (String field : new String[] {"\"bully\"", "\"runs\" : 40", "\"abstractStates\" : " + m.group(1),
                "\"abstractTransitions\" : " + m.group(2), "\"Crash\" : ", "\"neverOccurred\" : ["}) {
            assertTrue(json.contains(field), field + " in " + json);
        }

        // Runs of a cell go in parallel: the figures must not depend on their order.
        CliTest.Outcome again = CliTest.run("check", "--algorithm", "bully", "--faults", "none,crash", "--runs", "20",
                "--coverage", "--no-progress", "--out", dir.resolve("b").toString());
        Matcher n = PRINTED.matcher(again.out());
        assertTrue(n.find(), again.out());
        assertEquals(m.group(), n.group());

        CliTest.Outcome plain = CliTest.run("check", "--algorithm", "bully", "--faults", "none", "--runs", "5",
                "--no-progress", "--out", dir.resolve("c").toString());
        assertEquals(0, plain.status(), plain.out() + plain.err());
        assertFalse(plain.out().contains("coverage of"), plain.out());
        assertFalse(Files.readString(dir.resolve("c").resolve("results.json")).contains("\"coverage\""));
    }
}
