package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.impl.Algorithms;
import dev.electorate.harness.sim.Runs;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With no faults and every node initiating, Chang-Roberts sends exactly n(n+1)/2 election
 * messages when ids decrease along the ring, and exactly 2n-1 when they increase.
 */
class ChangRobertsMessagesTest {

    private static long electionMessages(List<Integer> ring, long seed) {
        Trace trace = Runs.execute(new RunSpec(Algorithms.byName("chang-roberts"), null, ring, seed, FaultClass.NONE, FaultSchedule.NONE));
        return trace.messagesSent(trace.steps().size(), "Election");
    }

    private static List<Integer> ring(int n, boolean decreasing) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(decreasing ? n + 1 - i : i);
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 12, 16})
    void worstCaseIsNTimesNPlusOneOverTwo(int n) {
        for (long seed = 0; seed < 20; seed++) {
            assertEquals((long) n * (n + 1) / 2, electionMessages(ring(n, true), seed), "n=" + n + " seed " + seed);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 12, 16})
    void bestCaseIsTwoNMinusOne(int n) {
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(2L * n - 1, electionMessages(ring(n, false), seed), "n=" + n + " seed " + seed);
        }
    }
}
