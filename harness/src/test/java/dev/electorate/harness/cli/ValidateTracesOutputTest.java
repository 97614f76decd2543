package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.io.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --validate-traces} prints and records, per cell, the accepted traces and the spec actions they took. */
class ValidateTracesOutputTest {

    @Test
    void printsAcceptedTracesAndPerActionCounts(@TempDir Path out) throws Exception {
        CliTest.Outcome check = CliTest.run("check", "--algorithm", "bully", "--faults", "none", "--runs", "2",
                "--nodes", "3", "--validate-traces", "2", "--out", out.toString());
        assertEquals(0, check.status(), check.out() + check.err());
        assertTrue(check.out().contains("2/2 traces accepted"), check.out());
        assertTrue(check.out().matches("(?s).*actions: .*Start 6.*"), check.out()); // three nodes start in each run
        JsonNode validation = Json.MAPPER.readTree(out.resolve("results.json").toFile()).get("cells").get(0).get("validation");
        assertEquals(2, validation.get("accepted").asInt());
        assertEquals(0, validation.get("broken").asInt());
        assertEquals(6, validation.get("actions").get("Start").asInt());
        assertTrue(validation.get("actions").has("Crash"), "every action the trace module maps is listed, 0 when unexercised");
        assertEquals(0, validation.get("actions").get("Crash").asInt());
    }
}
