package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.impl.zookeeper.ZooKeeperAlgorithm;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Envelope;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The recipe's two structural promises, over simulator runs with crashes and restarts: a deletion
 * wakes at most one client (each client watches only its predecessor, so there is no herd), and
 * each client that comes to lead has a greater token (sequence number) than every earlier leader.
 */
class ZooKeeperRecipeTest {

    private final Algorithm zookeeper = Algorithms.byName("zookeeper");

    @Test
    void aDeletionWakesOneClientAndTokensRiseWithEachNewLeader() {
        int expiries = 0;
        int newLeaders = 0;
        for (long seed = 1; seed <= 20; seed++) {
            RunSpec spec = Runs.generate(zookeeper, null, 6, FaultClass.CRASH_RECOVER, seed);
            Trace trace = Runs.execute(spec);
            int service = ZooKeeperAlgorithm.serviceOf(trace.header().cluster());
            Map<Integer, Long> leading = new HashMap<>();
            long greatest = 0;
            for (Step step : trace.steps()) {
                if (step.node() == service && step.action().equals("Expire")) {
                    long fired = step.sent().stream().map(Envelope::message)
                            .filter(m -> m.type().equals("WatchFired")).count();
                    assertTrue(fired <= 1, "seed " + seed + " step " + step.index() + ": one deletion woke "
                            + fired + " clients");
                    expiries++;
                }
                if (step.node() == service || step.isFault()) {
                    continue;
                }
                boolean leads = step.up() && step.role() == Role.LEADER;
                Long before = leading.get(step.node());
                if (leads && (before == null || before != step.term())) {
                    assertTrue(step.term() > greatest, "seed " + seed + " step " + step.index() + ": node "
                            + step.node() + " leads with token " + step.term() + ", not above " + greatest);
                    greatest = step.term();
                    newLeaders++;
                }
                if (leads) {
                    leading.put(step.node(), step.term());
                } else {
                    leading.remove(step.node());
                }
            }
        }
        assertTrue(expiries > 0 && newLeaders > 20, "the runs exercised nothing: " + expiries + " expiries, "
                + newLeaders + " tenures");
    }
}
