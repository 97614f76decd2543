package dev.electorate.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.electorate.concurrency.ExpectFlagged.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The twin check passes only on a run that observed a forbidden outcome of the twin, and tells a clean
 * run that saw nothing apart from a run that did not happen.
 */
class ExpectFlaggedTest {
    static final String TWIN = "dev.electorate.concurrency.twin.TornBoardPublication";

    static final List<String> FLAGGED = List.of(
            "RUN RESULTS:",
            "  Interesting tests: No matches.",
            "  Failed tests: 1 matching test results.",
            "...... [FAILED] " + TWIN,
            "  2, 1, 1        4    3.57%   Forbidden  a triple never published",
            "  Error tests: No matches.",
            "  All remaining tests: No matches.",
            "Exception in thread \"main\" java.lang.AssertionError: TEST FAILURES: ",
            TWIN + " [-XX:+UseBiasedLocking]: Observed forbidden state: 2, 1, 1 (a triple never published)");

    static final List<String> CLEAN = List.of(
            "RUN RESULTS:",
            "  Interesting tests: No matches.",
            "  Failed tests: No matches.",
            "  Error tests: No matches.",
            "  All remaining tests: 1 matching test results. Use -v to print them.");

    static final List<String> NOTHING_RAN = List.of(
            "RUN RESULTS:",
            "  Interesting tests: No matches.",
            "  Failed tests: No matches.",
            "  Error tests: No matches.",
            "  All remaining tests: No matches.");

    @Test
    void anObservedForbiddenOutcomeOfTheTwinIsAFlag() {
        assertEquals(Observation.FLAGGED, ExpectFlagged.judge(1, FLAGGED, TWIN));
    }

    @Test
    void aFailureOfAnotherTestIsNoFlagOfTheTwin() {
        assertEquals(Observation.BROKEN, ExpectFlagged.judge(1, FLAGGED, "dev.electorate.concurrency.BoardNeverGoesBack"));
    }

    @Test
    void aCleanRunLeavesTheTwinUnflagged() {
        assertEquals(Observation.UNFLAGGED, ExpectFlagged.judge(0, CLEAN, TWIN));
    }

    @Test
    void aRunThatMatchedNoTestIsBroken() {
        assertEquals(Observation.BROKEN, ExpectFlagged.judge(0, NOTHING_RAN, TWIN));
    }

    @Test
    void anErrorTestOrACrashIsBroken() {
        List<String> errors = List.of("  Failed tests: No matches.", "  Error tests: 1 matching test results.");
        assertEquals(Observation.BROKEN, ExpectFlagged.judge(1, errors, TWIN));
        assertEquals(Observation.BROKEN, ExpectFlagged.judge(1, List.of("Error: Unable to access jarfile"), TWIN));
    }
}
