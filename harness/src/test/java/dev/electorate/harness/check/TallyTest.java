package dev.electorate.harness.check;

import static dev.electorate.harness.check.TallyLincheckTest.PROPERTIES;
import static dev.electorate.harness.check.TallyLincheckTest.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cell's totals depend on its runs, not on the order the threads finished them in. */
class TallyTest {

    @Test
    void theFirstFailureIsTheLowestRunNumberNotTheFirstAdded() {
        RunOutcome run7 = outcome(1, 5);
        RunOutcome run3 = outcome(2, 9);
        Tally tally = new Tally(PROPERTIES);
        tally.add(7, run7);
        tally.add(0, outcome(0, 4));
        tally.add(3, run3);
        assertSame(run3, tally.totals().firstFailure());
    }

    @Test
    void everyOrderOfTheSameRunsGivesEqualTotals() {
        List<RunOutcome> runs = List.of(outcome(0, 3), outcome(1, 8), outcome(2, 1), outcome(1, 6), outcome(0, -1));
        Tally forward = new Tally(PROPERTIES);
        for (int i = 0; i < runs.size(); i++) {
            forward.add(i, runs.get(i));
        }
        Tally backward = new Tally(PROPERTIES);
        for (int i = runs.size() - 1; i >= 0; i--) {
            backward.add(i, runs.get(i));
        }
        assertEquals(forward.totals(), backward.totals());
        Tally.Totals totals = forward.totals();
        assertEquals(5, totals.runs());
        assertEquals(3, totals.violatedRuns());
        assertEquals(List.of("Uniqueness", "Agreement"), List.copyOf(totals.byProperty().keySet()));
        assertEquals(2, totals.byProperty().get("Uniqueness"));
        assertEquals(1, totals.byProperty().get("Agreement"));
        // A run that elected nobody (-1) is left out of the measurements.
        assertEquals(new Stats(3, 8, 4), totals.ticksToElect());
    }

    @Test
    void manyRunsGrowTheMeasurementsAndNoFailureLeavesNone() {
        Tally tally = new Tally(PROPERTIES);
        for (int i = 0; i < 1000; i++) {
            tally.add(i, outcome(0, i + 1));
        }
        Tally.Totals totals = tally.totals();
        assertEquals(1000, totals.runs());
        assertEquals(0, totals.violatedRuns());
        assertNull(totals.firstFailure());
        assertEquals(new Stats(500, 990, 1000), totals.ticksToElect());
        assertEquals(Map.of("Uniqueness", 0, "Agreement", 0), totals.byProperty());
    }
}
