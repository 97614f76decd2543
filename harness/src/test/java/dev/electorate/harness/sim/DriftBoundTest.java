package dev.electorate.harness.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.DriftBound;
import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.io.TraceCodec;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.property.Uniqueness;
import org.junit.jupiter.api.Test;

/**
 * {@code --max-drift} bounds the clock-skew class: a lease with a margin at least the bound holds,
 * one without a margin is caught, and the same seed gives the same run.
 */
class DriftBoundTest {

    static final DriftBound TEN_PERCENT = DriftBound.parse("10%");

    static int violations(Class<?> lease, DriftBound drift, int runs) {
        Algorithm algorithm = MidReactionTest.election(lease);
        int failed = 0;
        for (long seed = 1; seed <= runs; seed++) {
            RunSpec spec = Runs.generate(algorithm, null, 3 + (int) (seed % 3), FaultClass.CLOCK_SKEW, seed, drift);
            if (new Uniqueness().check(Runs.execute(spec), algorithm).isPresent()) {
                failed++;
            }
        }
        return failed;
    }

    @Test
    void aLeaseWithAMarginOfTheBoundHoldsAndOneWithoutIsCaught() {
        assertEquals(0, violations(LeaseElection.class, TEN_PERCENT, 300));
        int failed = violations(NoMarginLeaseElection.class, TEN_PERCENT, 300);
        assertTrue(failed >= 10, "the lease without a margin failed in only " + failed + " of 300 runs");
    }

    @Test
    void aBoundBeyondTheMarginBreaksTheLeaseWithTheMargin() {
        // 25% of drift is more than its 10% margin covers: the bound is what decides.
        assertTrue(violations(LeaseElection.class, DriftBound.parse("25%"), 300) > 0);
    }

    @Test
    void skewedClocksStayWithinTheBoundAndOffRealTime() {
        Algorithm algorithm = MidReactionTest.election(LeaseElection.class);
        for (long seed = 1; seed <= 500; seed++) {
            RunSpec spec = Runs.generate(algorithm, null, 3, FaultClass.CLOCK_SKEW, seed, TEN_PERCENT);
            Fault.ClockSkew skew = (Fault.ClockSkew) spec.schedule().faults().get(0);
            int rate = skew.ratePerMille();
            assertTrue(rate != 1000 && rate <= 1100 && rate * 1100L >= 1_000_000L, "seed " + seed + ": rate " + rate);
        }
    }

    @Test
    void theSameSeedGivesTheSameTraceByteForByte() {
        Algorithm algorithm = MidReactionTest.election(NoMarginLeaseElection.class);
        for (long seed = 1; seed <= 20; seed++) {
            RunSpec spec = Runs.generate(algorithm, null, 4, FaultClass.CLOCK_SKEW, seed, TEN_PERCENT);
            assertEquals(TraceCodec.write(Runs.execute(spec)),
                    TraceCodec.write(Runs.execute(Runs.generate(algorithm, null, 4, FaultClass.CLOCK_SKEW, seed, TEN_PERCENT))),
                    "seed " + seed);
        }
    }

    @Test
    void theBoundIsAPercentageWithinRange() {
        assertEquals(100, TEN_PERCENT.perMille());
        assertEquals(25, DriftBound.parse("2.5%").perMille());
        assertEquals(3000, DriftBound.parse("300%").perMille());
        assertEquals("2.5%", DriftBound.parse("2.5%").describe());
        for (String bad : new String[] {"10", "ten%", "-5%", "10.55%", "0.1 %", ""}) {
            BadInputException e = assertThrows(BadInputException.class, () -> DriftBound.parse(bad), bad);
            assertTrue(e.getMessage().contains("--max-drift") && e.getMessage().contains("10%"), e.getMessage());
        }
        for (String outside : new String[] {"0%", "0.0%", "301%", "1000%"}) {
            BadInputException e = assertThrows(BadInputException.class, () -> DriftBound.parse(outside), outside);
            assertTrue(e.getMessage().contains("out of range") && e.getMessage().contains("300%"), e.getMessage());
        }
    }
}
