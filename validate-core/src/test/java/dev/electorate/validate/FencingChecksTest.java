package dev.electorate.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.lin.FencedLease;
import dev.electorate.lin.LinearizabilityChecker;
import dev.electorate.lin.HistoryVerdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fencing checks, the belief overlaps and the lease history on runs written by hand: some must pass, some must fail. */
class FencingChecksTest {

    /** Builds a run's events; times in milliseconds. */
    private static final class Run {
        final List<Event> events = new ArrayList<>();

        Run at(long ms, int client, Event.Kind kind, long token) {
            events.add(new Event(ms * 1_000_000L, client, kind, token, ""));
            return this;
        }

        HistoryVerdict lease(int clients) {
            return LinearizabilityChecker.check(LeaseHistory.of(Tenure.of(events, 100_000_000_000L), clients), new FencedLease(), Duration.ofSeconds(10)).verdict();
        }

        HistoryVerdict beliefs(int clients) {
            return LinearizabilityChecker.check(LeaseHistory.beliefs(Tenure.of(events, 100_000_000_000L), clients), new FencedLease(), Duration.ofSeconds(10)).verdict();
        }
    }

    // c0 leads with 1 and is paused; c1 leads with 2; c0 wakes, its write is rejected, then it learns.
    private static Run fencedPause() {
        return new Run().at(0, 0, Event.Kind.CAMPAIGN, 0).at(0, 1, Event.Kind.CAMPAIGN, 0)
                .at(10, 0, Event.Kind.LEAD, 1).at(20, 0, Event.Kind.WRITE_OK, 1).at(30, 0, Event.Kind.WRITE_OK, 1)
                .at(100, 1, Event.Kind.LEAD, 2).at(110, 1, Event.Kind.WRITE_OK, 2)
                .at(200, 0, Event.Kind.WRITE_STALE, 1).at(210, 0, Event.Kind.LOST, 1)
                .at(300, 1, Event.Kind.WRITE_OK, 2);
    }

    @Test
    void aPauseWithFencingKeepsSafetyButIsABeliefOverlap() {
        Run run = fencedPause();
        assertEquals(List.of(), FencingChecks.overlappingTenures(run.events));
        assertEquals(List.of(), FencingChecks.tokensIncrease(run.events));
        List<FencingChecks.Overlap> overlaps = FencingChecks.beliefOverlaps(Tenure.of(run.events, 400_000_000L));
        assertEquals(1, overlaps.size());
        assertEquals(100_000_000L, overlaps.get(0).from());
        assertEquals(210_000_000L, overlaps.get(0).to());
        assertEquals(HistoryVerdict.LINEARIZABLE, run.lease(2));
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, run.beliefs(2), "the belief history shows the overlap");
    }

    @Test
    void aLateWriteAcceptedUnderTheOldTokenIsAnInterleavingTenure() {
        // A resource without fencing would accept c0's late write: the tenures interleave.
        Run run = fencedPause().at(220, 0, Event.Kind.WRITE_OK, 1);
        List<String> v = FencingChecks.overlappingTenures(run.events);
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).contains("interleave"), v.get(0));
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, run.lease(2));
    }

    @Test
    void oneTokenAcceptedFromTwoClientsIsRejected() {
        Run run = new Run().at(10, 0, Event.Kind.LEAD, 5).at(20, 0, Event.Kind.WRITE_OK, 5).at(30, 0, Event.Kind.LOST, 5)
                .at(40, 1, Event.Kind.LEAD, 5).at(50, 1, Event.Kind.WRITE_OK, 5);
        assertTrue(FencingChecks.overlappingTenures(run.events).get(0).contains("share a token"));
        assertEquals(1, FencingChecks.tokensIncrease(run.events).size());
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, run.lease(2));
    }

    @Test
    void aNewLeaderWithALowerTokenIsRejectedAndTheSameLeaderResumingIsNot() {
        Run lower = new Run().at(10, 0, Event.Kind.LEAD, 7).at(20, 0, Event.Kind.LOST, 7).at(30, 1, Event.Kind.LEAD, 6);
        List<String> v = FencingChecks.tokensIncrease(lower.events);
        assertEquals(1, v.size());
        assertTrue(v.get(0).contains("c1 leads with token 6"), v.get(0));
        Run resumed = new Run().at(10, 0, Event.Kind.LEAD, 7).at(15, 0, Event.Kind.WRITE_OK, 7).at(20, 0, Event.Kind.LOST, 7)
                .at(30, 0, Event.Kind.LEAD, 7).at(35, 0, Event.Kind.WRITE_OK, 7).at(40, 0, Event.Kind.LOST, 7)
                .at(50, 1, Event.Kind.LEAD, 8).at(55, 1, Event.Kind.WRITE_OK, 8);
        assertEquals(List.of(), FencingChecks.tokensIncrease(resumed.events));
        assertEquals(HistoryVerdict.LINEARIZABLE, resumed.lease(2));
        assertEquals(HistoryVerdict.LINEARIZABLE, resumed.beliefs(2));
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, lower.beliefs(2));
    }

    @Test
    void failoverRunsFromTheFaultToTheNextLeaderAndTheTimelineMarksOverlaps() {
        Run run = fencedPause();
        run.events.add(3, new Event(50_000_000L, 0, Event.Kind.FAULT, 0, "pause"));
        assertEquals(List.of(new RunResult.Failover("pause", 50.0)), RunResult.failovers(run.events));
        assertEquals("pause", RunResult.faultBefore(run.events, 100_000_000L));
        List<Tenure> tenures = Tenure.of(run.events, 400_000_000L);
        String text = Timeline.render(run.events, tenures, FencingChecks.beliefOverlaps(tenures), 2, 400_000_000L);
        assertTrue(text.contains("c0 (token 1) and c1 (token 2) both believed they led from 100.0 ms to 210.0 ms"), text);
        assertTrue(text.contains("c0   L!!"), text);
    }

    @Test
    void figuresTakeNearestRankPercentiles() {
        List<RunResult.Failover> failovers = List.of(new RunResult.Failover("pause", 40.0), new RunResult.Failover("partition", 10.0),
                new RunResult.Failover("pause", 30.0), new RunResult.Failover("pause", 20.0));
        RunResult r = new RunResult(1, 4, List.of(), List.of(), List.of(), "linearizable", failovers, 0,
                List.of("pause", "partition", "pause", "pause"), List.of("pause"));
        Figures f = Figures.of(List.of(r));
        assertEquals(20.0, f.failoverPercentile(50));
        assertEquals(40.0, f.failoverPercentile(99));
        assertEquals(new Figures.Row(3, 1, List.of(20.0, 30.0, 40.0)), f.byFault().get("pause"));
        assertTrue(f.json("zookeeper", "latch", 3, true).contains("\"failoverMedianMs\":20.0"), f.json("zookeeper", "latch", 3, true));
        assertTrue(f.table().contains("partition"), f.table());
    }
}
