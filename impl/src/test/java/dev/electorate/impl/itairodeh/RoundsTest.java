package dev.electorate.impl.itairodeh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.itairodeh.Rounds.Ratio;
import org.junit.jupiter.api.Test;

/** The exact round figures against values derived by hand, and the chain's rows are distributions. */
class RoundsTest {

    @Test
    void twoProcessesWithTwoIdsTieHalfTheTimeSoTheRoundsAreGeometric() {
        Rounds r = new Rounds(2, 2);
        assertEquals(Ratio.of(1, 2), r.transition(2, 2));
        assertEquals(Ratio.of(2, 1), r.expected());      // 1 / (1/2)
        assertEquals(Ratio.of(2, 1), r.variance());      // (1 - 1/2) / (1/2)^2
        assertEquals(0.5, r.tail(1), 1e-15);
        assertEquals(0.125, r.tail(3), 1e-15);
    }

    @Test
    void threeProcessesWithTwoIds() {
        Rounds r = new Rounds(3, 2);
        // From 3: all draw 2 or all draw 1 (1/4), exactly two draw 2 (3/8), exactly one draws 2 (3/8).
        assertEquals(Ratio.of(1, 4), r.transition(3, 3));
        assertEquals(Ratio.of(3, 8), r.transition(3, 2));
        assertEquals(Ratio.of(3, 8), r.transition(3, 1));
        // E3 = 1 + E3/4 + 3/8 * E2 with E2 = 2: E3 = (1 + 3/4) * 4/3 = 7/3.
        assertEquals(Ratio.of(7, 3), r.expected());
    }

    @Test
    void aSingleProcessWinsInItsFirstRound() {
        Rounds r = new Rounds(1, 5);
        assertEquals(Ratio.ONE, r.expected());
        assertEquals(Ratio.ZERO, r.variance());
        assertEquals(0.0, r.tail(1));
    }

    @Test
    void everyRowIsADistributionAndMoreIdsMeanFewerRounds() {
        for (int k = 2; k <= 6; k++) {
            Rounds r = new Rounds(7, k);
            for (int a = 1; a <= 7; a++) {
                Ratio sum = Ratio.ZERO;
                for (int j = 1; j <= a; j++) {
                    sum = sum.plus(r.transition(a, j));
                }
                assertEquals(Ratio.ONE, sum, "row " + a + " of K = " + k);
            }
            if (k > 2) {
                assertTrue(r.expected().doubleValue() < new Rounds(7, k - 1).expected().doubleValue());
            }
            assertTrue(r.tail(r.roundsWithin(1e-12)) <= 1e-12);
            assertTrue(r.tail(r.roundsWithin(1e-12) - 1) > 1e-12);
        }
    }

    @Test
    void oneIdCannotBreakTheSymmetry() {
        assertThrows(IllegalArgumentException.class, () -> new Rounds(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new ItaiRodehAlgorithm(1));
    }
}
