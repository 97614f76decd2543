package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.io.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: verdicts, counterexamples that replay byte for byte, and exit status 2 on bad input. */
public class CliTest {

    /** Exit status and what went to standard output and error. */
    public record Outcome(int status, String out, String err) {}

    /** Runs the command line in this JVM (other packages' tests use it too). */
    public static Outcome run(String... args) {
        return capture(() -> Main.execute(args));
    }

    /** Runs {@code execution}, an in-JVM command line, with its standard output and error captured. */
    public static Outcome capture(IntSupplier execution) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = execution.getAsInt();
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void bullyUnderPartitionIsViolatedExpectedWithAReplayableCounterexample(@TempDir Path out) throws Exception {
        Outcome check = run("check", "--algorithm", "bully", "--faults", "partition", "--runs", "200",
                "--nodes", "5", "--out", out.toString());
        assertEquals(0, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("violated-expected"), check.out());
        assertTrue(check.out().contains("Uniqueness"), check.out());
        JsonNode results = Json.MAPPER.readTree(out.resolve("results.json").toFile());
        assertEquals("violated-expected", results.get("cells").get(0).get("verdict").asText());
        Path replay;
        try (Stream<Path> files = Files.list(out.resolve("counterexamples"))) {
            replay = files.filter(p -> p.toString().endsWith(".replay.json")).findFirst().orElseThrow();
        }
        Path traceFile = Path.of(replay.toString().replace(".replay.json", ".trace.jsonl"));
        Path again = out.resolve("again.jsonl");
        Outcome replayed = run("replay", replay.toString(), "--trace", again.toString());
        assertEquals(0, replayed.status(), replayed.err());
        assertTrue(replayed.err().contains("identical"), replayed.err());
        assertEquals(Files.readString(traceFile), Files.readString(again), "replay must reproduce the trace byte for byte");
    }

    @Test
    void anUnknownAlgorithmIsBadInputNamingTheAcceptedOnes() {
        Outcome o = run("check", "--algorithm", "bullie", "--runs", "1");
        assertEquals(2, o.status());
        assertTrue(o.err().contains("'bullie'") && o.err().contains("bully") && o.err().contains("chang-roberts"), o.err());
    }

    @Test
    void anUnknownFaultClassIsBadInputNamingTheAcceptedOnes() {
        Outcome o = run("check", "--faults", "earthquake", "--runs", "1");
        assertEquals(2, o.status());
        assertTrue(o.err().contains("'earthquake'") && o.err().contains("crash-recover"), o.err());
    }

    @Test
    void fewerThanTwoNodesIsBadInput() {
        Outcome o = run("check", "--nodes", "1", "--runs", "1");
        assertEquals(2, o.status());
        assertTrue(o.err().contains("--nodes must be at least 2"), o.err());
        Outcome garbage = run("check", "--nodes", "five", "--runs", "1");
        assertEquals(2, garbage.status());
        assertTrue(garbage.err().contains("'five'"), garbage.err());
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        Outcome o = run("check", "--colour", "blue");
        assertEquals(2, o.status());
        assertTrue(o.err().contains("--colour"), o.err());
    }

    @Test
    void aMalformedReplayFileIsBadInputNamingTheFile(@TempDir Path dir) throws Exception {
        Path notJson = dir.resolve("broken.replay.json");
        Files.writeString(notJson, "{ this is not json");
        Outcome o = run("replay", notJson.toString());
        assertEquals(2, o.status());
        assertTrue(o.err().contains(notJson.toString()) && o.err().contains("malformed"), o.err());

        Path wrongShape = dir.resolve("other.json");
        Files.writeString(wrongShape, "{\"hello\": 1}");
        Outcome o2 = run("replay", wrongShape.toString());
        assertEquals(2, o2.status());
        assertTrue(o2.err().contains("no \"run\""), o2.err());

        Outcome missing = run("replay", dir.resolve("absent.replay.json").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void aReplayOfAnUnknownAlgorithmIsBadInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.replay.json");
        Files.writeString(file, "{\"run\":{\"algorithm\":\"nope\",\"members\":[1,2,3],\"seed\":1,\"faultClass\":\"none\","
                + "\"schedule\":{\"faults\":[]}},\"violation\":{\"property\":\"Uniqueness\",\"step\":0,\"time\":0,"
                + "\"explanation\":\"\"},\"traceSha256\":\"" + "0".repeat(64) + "\"}");
        Outcome o = run("replay", file.toString());
        assertEquals(2, o.status());
        assertTrue(o.err().contains("'nope'"), o.err());
    }
}
