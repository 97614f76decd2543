package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code electorate tlc} prints one row per model and refuses bad selections with status 2. */
class TlcCommandTest {

    @TempDir
    Path out;

    @Test
    void checksTheChosenModels() throws Exception {
        CliTest.Outcome o = CliTest.run("tlc", "--algorithm", "chang-roberts", "--nodes", "4", "--no-mutants", "--out", out.toString());
        assertEquals(0, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("MCChangRoberts4 ") && o.out().contains("passed"), o.out());
        assertTrue(Files.readString(out.resolve("tlc.json")).contains("\"distinctStates\""));
    }

    /** TLC runs inside the output folder: a relative one must not resolve twice (it hid Naturals). */
    @Test
    void aRelativeOutputFolderWorks() throws Exception {
        Path relative = Path.of("target", "tlc-relative-out");
        CliTest.Outcome o = CliTest.run("tlc", "--algorithm", "chang-roberts", "--nodes", "4", "--no-mutants",
                "--out", relative.toString());
        assertEquals(0, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("MCChangRoberts4 ") && o.out().contains("passed"), o.out());
    }

    @Test
    void simulatesTheSimulationModelsAndReportsStatesAndBehaviours() throws Exception {
        CliTest.Outcome o = CliTest.run("tlc", "--simulate", "--algorithm", "paxos", "--nodes", "5", "--seconds", "2",
                "--out", out.toString());
        assertEquals(0, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("MCPaxos5Sim ") && o.out().contains("held"), o.out());
        String json = Files.readString(out.resolve("tlc.json"));
        assertTrue(json.contains("\"statesGenerated\"") && json.contains("\"behavioursAtLeast\""), json);
    }

    @Test
    void aPassingModelReportsTheWitnessesItReached() throws Exception {
        CliTest.Outcome o = CliTest.run("tlc", "--algorithm", "hirschberg-sinclair", "--nodes", "4", "--no-mutants",
                "--out", out.toString());
        assertEquals(0, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("witnesses reached (depth): ") && o.out().contains("WitnessRivals"), o.out());
        assertTrue(Files.readString(out.resolve("tlc.json")).contains("\"WitnessRivals\""));
    }

    @Test
    void badSelectionsExitTwo() {
        CliTest.Outcome unknown = CliTest.run("tlc", "--algorithm", "bullie", "--out", out.toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("'bullie'") && unknown.err().contains("accepted"), unknown.err());
        CliTest.Outcome none = CliTest.run("tlc", "--nodes", "9", "--out", out.toString());
        assertEquals(2, none.status());
        assertTrue(none.err().contains("models exist for"), none.err());
    }
}
