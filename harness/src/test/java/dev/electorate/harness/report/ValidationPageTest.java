package dev.electorate.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validate report: figures, one lane per client with its tenures, overlaps in red, text escaped. */
class ValidationPageTest {

    private static final String RESULTS = """
            {"service":"etcd","recipe":"election","clients":3,"fencedSafety":true,"runs":1,"faults":1,"leaderships":2,
             "beliefOverlaps":1,"staleWrites":0,"violations":0,"failovers":1,"failoverMedianMs":44.1,"failoverP99Ms":44.1,
             "byFault":{"session-expiry":{"faults":1,"beliefOverlaps":1,"failovers":1,"failoverMedianMs":44.1,"failoverP99Ms":44.1}}}
            """;

    private static String beliefs(long secondStarts) {
        return String.join("\n",
                "{\"index\":0,\"time\":1000,\"process\":0,\"type\":\"invoke\",\"f\":\"acquire\",\"value\":null}",
                "{\"index\":1,\"time\":2000,\"process\":0,\"type\":\"ok\",\"f\":\"acquire\",\"value\":2}",
                // Client c1's second tenure: process 1 + 3 clients × 1 attempt before.
                "{\"index\":2,\"time\":2100,\"process\":4,\"type\":\"invoke\",\"f\":\"acquire\",\"value\":null}",
                "{\"index\":3,\"time\":" + secondStarts + ",\"process\":4,\"type\":\"ok\",\"f\":\"acquire\",\"value\":3}",
                "{\"index\":4,\"time\":5000,\"process\":0,\"type\":\"invoke\",\"f\":\"release\",\"value\":2}",
                "{\"index\":5,\"time\":5000,\"process\":0,\"type\":\"ok\",\"f\":\"release\",\"value\":2}") + "\n";
    }

    private static String page(Path dir, long secondStarts) throws Exception {
        Files.writeString(dir.resolve("results.json"), RESULTS);
        Files.createDirectories(dir.resolve("run-1"));
        Files.writeString(dir.resolve("run-1/beliefs.jsonl"), beliefs(secondStarts));
        Files.writeString(dir.resolve("run-1/timeline.txt"), "  4.0 s  c1  LEAD token 3 <script>alert(1)</script>\n");
        return Files.readString(ValidationPage.write(dir));
    }

    @Test
    void overlappingBeliefsAreDrawnInRedAndTextIsEscaped(@TempDir Path dir) throws Exception {
        String html = page(dir, 4000);
        assertTrue(html.contains(">c0<") && html.contains(">c1<"), "one lane per client, named as the events name it");
        assertFalse(html.contains("process 4") || html.contains(">c4<"), "no lane named after a history process");
        assertTrue(html.contains("token 2") && html.contains("token 3"));
        assertTrue(html.contains("#d03030"), "the overlap of 4000..5000 is marked");
        assertTrue(html.contains("session-expiry"));
        assertFalse(html.contains("<script>alert"), "the timeline's text is escaped");
        assertTrue(html.contains("&lt;script&gt;"));
    }

    @Test
    void tenuresThatFollowEachOtherShowNoOverlap(@TempDir Path dir) throws Exception {
        String html = page(dir, 6000);
        assertFalse(html.contains("#d03030"), html);
        assertEquals(2, ValidationPage.tenures(dev.electorate.history.JsonLinesHistory
                .read("b", beliefs(6000)).ops()).size());
    }
}
