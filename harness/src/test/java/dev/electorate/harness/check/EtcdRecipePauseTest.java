package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.impl.common.FencedWrites;
import dev.electorate.impl.etcd.EtcdRecipeAlgorithm;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.ClusterView;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Properties;
import dev.electorate.spec.property.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The etcd recipe under a client pause longer than the lease TTL: the paused leader still believes it
 * leads while the next client leads (Uniqueness fails, outside the recipe's assumptions), yet the fenced
 * resource accepts no write with a stale token and the lease history stays linearizable.
 */
class EtcdRecipePauseTest {

    private static final Algorithm ETCD = Algorithms.byName("etcd");
    private static final List<Integer> MEMBERS = List.of(1, 2, 3); // clients 1 and 2, service 3
    private static final long PAUSE_AT = 150;

    @TempDir
    Path out;

    private static Trace run(List<Fault> faults, FaultClass faultClass) {
        return Runs.execute(new RunSpec(ETCD, null, MEMBERS, 1, faultClass, new FaultSchedule(faults)));
    }

    /** The clients that believe they lead at the end of tick {@code time}. */
    private static SortedSet<Integer> leadersAt(Trace trace, long time) {
        ClusterView view = new ClusterView(trace.header().cluster());
        for (Step step : trace.steps()) {
            if (step.time() > time) {
                break;
            }
            view.apply(step);
        }
        return view.liveLeaders();
    }

    @Test
    void aLeaderPausedLongerThanTheTtlStillBelievesItLeadsButItsWritesAreFencedOff() {
        Trace calm = run(List.of(), FaultClass.NONE);
        SortedSet<Integer> before = leadersAt(calm, PAUSE_AT);
        assertEquals(1, before.size(), "one client leads by tick " + PAUSE_AT + " without faults");
        assertTrue(Properties.check(calm, ETCD).isEmpty(), () -> "without faults: " + Properties.check(calm, ETCD));
        int leader = before.first();

        long resume = PAUSE_AT + 3 * EtcdRecipeAlgorithm.TTL;
        Trace paused = run(List.of(new Fault.Pause(PAUSE_AT, resume, leader)), FaultClass.PAUSE);
        SortedSet<Integer> during = leadersAt(paused, resume - 1);
        assertEquals(2, during.size(), "while paused, the old leader still believes it leads beside the new one: "
                + during);
        List<Violation> violations = Properties.check(paused, ETCD);
        assertTrue(violations.stream().anyMatch(v -> v.property().equals("Uniqueness")), violations::toString);
        assertFalse(violations.stream().anyMatch(v -> v.property().equals("Linearizability")),
                "the history is linearizable under fencing by create revision: " + violations);

        FencedWrites writes = FencedWrites.of(paused);
        assertTrue(writes.fenced(), () -> "a stale write was accepted at " + writes.staleAccept());
        assertTrue(writes.rejected() > 0, "the resumed leader's stale write reaches the resource and is rejected");
        assertTrue(writes.accepted() > 0);
    }

    @Test
    void pausesLieOutsideTheRecipesAssumptionsSoCheckReportsThemAsExpected() {
        assertFalse(ETCD.assumptions().admits(FaultClass.PAUSE));
        CellResult r = new Checker(new Checker.Plan(List.of(ETCD), null, List.of(FaultClass.PAUSE),
                new NodeRange(3, 5), 60, 1, out)).run().get(0);
        assertEquals(CellVerdict.VIOLATED_EXPECTED, r.verdict(), r.byProperty()::toString);
        assertTrue(r.byProperty().getOrDefault("Uniqueness", 0) > 0, r.byProperty()::toString);
        assertEquals(0, r.byProperty().getOrDefault("Linearizability", 0), r.byProperty()::toString);
    }

    @Test
    void noRunUnderAnyFaultAcceptsAStaleWrite() {
        for (FaultClass f : FaultClass.values()) {
            for (long seed = 1; seed <= 20; seed++) {
                Trace trace = Runs.execute(Runs.generate(ETCD, null, 3 + (int) (seed % 3), f, seed));
                FencedWrites writes = FencedWrites.of(trace);
                assertTrue(writes.fenced(), f + " seed " + seed + ": stale write accepted at " + writes.staleAccept());
            }
        }
    }
}
