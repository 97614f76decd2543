package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The bar shows units done, units per second, ETA and violations on a terminal once a command has run
 * for a second, and nothing before that or without a terminal. Time is a fake clock the test moves.
 */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(5 * SECOND);

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalItShowsRunsRateEtaAndViolations() {
        Progress p = new Progress(10, "runs", stream, true, now::get);
        now.addAndGet(2 * SECOND);
        for (int i = 0; i < 4; i++) {
            p.step(i == 2);
        }
        // 4 runs in 2 s: 2.0 runs/s, 6 left: ETA 3 s.
        assertTrue(shown().contains("1/10 runs"), shown()); // drawn at once past the first second
        assertEquals("[############                  ] 4/10 runs  2.0 runs/s  ETA 3s  violations 1 ",
                p.render(4, now.get()));
        p.shorten(6); // the rest will not run: the bar completes at 4
        assertTrue(shown().contains("4/4 runs"), shown());
        assertTrue(shown().contains("violations 1"), shown());
        p.finish();
        assertTrue(shown().endsWith("\r"), "finish clears the line");
    }

    @Test
    void itNamesItsUnitAndWritesLongEtasInMinutes() {
        Progress p = new Progress(1000, "models", stream, true, now::get);
        now.addAndGet(10 * SECOND);
        assertEquals("[                              ] 10/1000 models  1.0 models/s  ETA 16m30s  violations 0 ",
                p.render(10, now.get()));
    }

    @Test
    void withinTheFirstSecondItDrawsNothing() {
        Progress p = new Progress(3, "files", stream, true, now::get);
        now.addAndGet(SECOND / 2);
        p.step(true);
        p.step(false);
        p.finish();
        assertEquals("", shown());
        now.addAndGet(SECOND);
        p.step(false);
        assertTrue(shown().contains("3/3 files") && shown().contains("violations 1"), shown());
    }

    @Test
    void withoutATerminalItIsQuiet() {
        Progress p = new Progress(3, "runs", stream, false, now::get);
        now.addAndGet(10 * SECOND);
        p.step(true);
        p.shorten(1);
        p.finish();
        assertEquals("", shown());
    }

    @Test
    void noProgressMeansQuietEvenOnATerminal() {
        assertFalse(Progress.onTerminal(5, "runs", false).enabled());
        assertFalse(Progress.quiet().enabled());
    }
}
