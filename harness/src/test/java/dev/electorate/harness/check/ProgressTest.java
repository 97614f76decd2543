package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bar shows runs done, runs per second, ETA and violations on a terminal, and nothing elsewhere. */
class ProgressTest {

    @Test
    void onATerminalItShowsRunsRateEtaAndViolations() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(10, new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        for (int i = 0; i < 4; i++) {
            p.step(i == 2);
        }
        p.shorten(6); // the rest will not run: the bar completes at 4
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("4/4 runs"), shown);
        assertTrue(shown.contains("runs/s") && shown.contains("ETA") && shown.contains("violations 1"), shown);
    }

    @Test
    void withoutATerminalItIsQuiet() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(3, new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        p.step(true);
        p.shorten(1);
        p.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
