package dev.electorate.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.check.RunOutcome;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * compare measures the first election as check does (it only stops the run there), and after a crash
 * measures the election that replaces the crashed leader.
 */
class ElectionProbeTest {

    @Test
    void theFirstElectionIsMeasuredAsCheckMeasuresIt() {
        for (String name : List.of("bully", "chang-roberts", "raft", "hirschberg-sinclair", "lamport")) {
            Algorithm a = Algorithms.byName(name);
            for (long seed = 1; seed <= 4; seed++) {
                RunSpec spec = Runs.generate(a, null, 6, FaultClass.NONE, seed);
                RunOutcome check = RunOutcome.of(spec, Runs.execute(spec), a);
                Measurement m = ElectionProbe.measure(a, Theory.of(a), 6, seed, false).get(0);
                assertTrue(m.ok(), name + " seed " + seed + ": " + m.failure());
                assertEquals(check.messagesToElect(), m.messages(), name + " seed " + seed);
                assertEquals(check.ticksToElect(), m.ticks(), name + " seed " + seed);
                if (a.electionMessageType() != null) {
                    assertEquals(check.electionMessagesToElect(), m.counted(), name + " seed " + seed);
                }
            }
        }
    }

    @Test
    void afterTheLeaderCrashesTheNextHighestIsElectedByBully() {
        Algorithm bully = Algorithms.byName("bully");
        List<Measurement> both = ElectionProbe.measure(bully, Theory.of(bully), 5, 3, true);
        assertEquals(2, both.size());
        assertEquals(5, both.get(0).leader());
        assertEquals(4, both.get(1).leader(), "the crashed leader's successor is the next highest id");
        assertEquals(4, both.get(1).highestLive());
        assertTrue(both.get(1).ticks() > 0 && both.get(1).messages() > 0, both.get(1).toString());
    }
}
