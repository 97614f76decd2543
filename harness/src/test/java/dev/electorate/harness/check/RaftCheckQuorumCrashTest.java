package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Properties;
import dev.electorate.spec.property.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Raft with CheckQuorum when one of three nodes crashes for good, at a drawn tick after the first
 * election: the two left are a majority, so the leader they elect keeps leading. Random search,
 * whose crash-recover class brings every crashed node back soon, almost never leaves a node down
 * long enough for the mutant {@code check-quorum-without-self} (the leader leaves itself out of the
 * count) to step down twice with no fault in between; these runs do.
 */
class RaftCheckQuorumCrashTest {

    static final List<Integer> NODES = List.of(1, 2, 3);
    static final int SEEDS = 40;

    static Trace run(Algorithm algorithm, String mutant, long seed) {
        SplittableRandom draw = new SplittableRandom(seed);
        FaultSchedule schedule = new FaultSchedule(List.of(
                new Fault.Crash(250 + draw.nextInt(250), 1 + draw.nextInt(NODES.size()))));
        return Runs.execute(new RunSpec(algorithm, mutant, NODES, seed, FaultClass.CRASH, schedule));
    }

    @Test
    void aLeaderAnsweredByABareMajorityKeepsLeading() {
        Algorithm algorithm = Algorithms.byName("raft+check-quorum");
        List<String> broken = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<Violation> v = Properties.check(run(algorithm, null, seed), algorithm);
            if (!v.isEmpty()) {
                broken.add("seed " + seed + ": " + v);
            }
        }
        assertTrue(broken.isEmpty(), () -> broken.size() + " runs broke a property, first " + broken.get(0));
    }

    /** The mutant, whose only effect is in these runs' long crash, is killed by the first of them. */
    @Test
    void aCheckThatLeavesTheLeaderOutStepsDownWithNoFault() {
        Algorithm algorithm = Algorithms.byName("raft+check-quorum");
        List<Violation> v = Properties.check(run(algorithm, "check-quorum-without-self", 1), algorithm);
        assertTrue(!v.isEmpty() && Set.of("Stability", "Termination").contains(v.get(0).property()),
                "check-quorum-without-self broke " + v);
    }
}
