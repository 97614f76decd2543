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
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.ClusterView;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.LeaseLinearizability;
import dev.electorate.spec.property.Uniqueness;
import dev.electorate.spec.property.Violation;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/**
 * The ZooKeeper recipe under a leader paused for longer than the session timeout: the service
 * expires the paused leader's session and the next client leads while the paused one still
 * believes it leads (Uniqueness is broken, which is why the pause class lies outside the recipe's
 * assumptions), yet the fenced resource accepts no write with a stale token and the client history
 * stays linearizable as a fenced lease; on resuming, a paused leader whose write timer fell due
 * first sends a write with its old token, and the resource refuses it.
 */
class ZooKeeperPauseTest {

    private static final List<Integer> MEMBERS = List.of(1, 2, 3, 4); // service 4, clients 1 to 3
    private static final long PAUSE_AT = 150;
    /** Three session timeouts of the service (60 ticks each): far longer than one. */
    private static final long PAUSE_FOR = 180;

    private final Algorithm zookeeper = Algorithms.byName("zookeeper");

    @Test
    void pausedLeaderStillBelievesItLeadsButItsStaleWritesAreRefused() {
        assertFalse(zookeeper.assumptions().admits(FaultClass.PAUSE), "pause must lie outside the recipe's assumptions");
        long refusedInAll = 0;
        for (long seed = 1; seed <= 8; seed++) {
            int leader = leaderAt(seed, PAUSE_AT);
            assertTrue(leader != 0, "seed " + seed + ": no leader by tick " + PAUSE_AT + " without faults");
            FaultSchedule pause = new FaultSchedule(List.of(new Fault.Pause(PAUSE_AT, PAUSE_AT + PAUSE_FOR, leader)));
            Trace trace = Runs.execute(new RunSpec(zookeeper, null, MEMBERS, seed, FaultClass.PAUSE, pause));

            Optional<Violation> uniqueness = new Uniqueness().check(trace, zookeeper);
            assertTrue(uniqueness.isPresent(), "seed " + seed + ": no two clients believed they lead");
            assertTrue(overlapIncludes(trace, leader), "seed " + seed + ": the paused leader " + leader
                    + " was not one of two believers: " + uniqueness.get());
            assertEquals(Optional.empty(), new LeaseLinearizability().check(trace, zookeeper), "seed " + seed);
            assertEquals(Optional.empty(), FencedWrites.of(trace).stale(), "seed " + seed);
            refusedInAll += FencedWrites.of(trace).rejected();
        }
        assertTrue(refusedInAll > 0, "no paused leader sent a stale write in 8 runs: fencing was never exercised");
    }

    /** The client leading at {@code tick} in the fault-free run of {@code seed}, or 0. */
    private int leaderAt(long seed, long tick) {
        Trace calm = Runs.execute(new RunSpec(zookeeper, null, MEMBERS, seed, FaultClass.NONE, FaultSchedule.NONE));
        ClusterView view = new ClusterView(calm.header().cluster());
        for (Step step : calm.steps()) {
            if (step.time() > tick) {
                break;
            }
            view.apply(step);
        }
        SortedSet<Integer> leaders = view.liveLeaders();
        return leaders.size() == 1 ? leaders.first() : 0;
    }

    /** Whether at some step {@code node} and another live client both believe they lead. */
    private static boolean overlapIncludes(Trace trace, int node) {
        ClusterView view = new ClusterView(trace.header().cluster());
        for (Step step : trace.steps()) {
            view.apply(step);
            SortedSet<Integer> leaders = view.liveLeaders();
            if (leaders.size() > 1 && leaders.contains(node)) {
                return true;
            }
        }
        return false;
    }
}
