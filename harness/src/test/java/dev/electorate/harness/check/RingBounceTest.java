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
import dev.electorate.spec.property.Uniqueness;
import dev.electorate.spec.property.Violation;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ring elections against the run that once gave Chang-Roberts two leaders (crash-recover seed
 * 1944 with a bounce: two skips at different moments made two rings, and a restarted node won an
 * election the ring had left) and against runs shaped like it: on the same ring a bounce of node
 * 1 and a crash and restart of node 6, the highest id, at drawn ticks. Before the winner waited
 * for its announcement to come home, Le Lann broke Uniqueness here at seed 25; both ring
 * elections now hold on all of them.
 */
class RingBounceTest {

    static final List<Integer> RING = List.of(4, 1, 6, 3, 5, 2);
    static final int BUDGET = 1000;

    /** The first drawn run of the search that breaks Uniqueness, or empty within the budget. */
    static Optional<String> firstViolation(String algorithmName, String mutant) {
        Algorithm algorithm = Algorithms.byName(algorithmName);
        for (long seed = 1; seed <= BUDGET; seed++) {
            SplittableRandom draw = new SplittableRandom(seed);
            long crash = 200 + draw.nextInt(700);
            FaultSchedule schedule = new FaultSchedule(List.of(
                    new Fault.Bounce(1 + draw.nextInt(700), 1, 1500, 1 + draw.nextInt(10)),
                    new Fault.Crash(crash, 6),
                    new Fault.Restart(crash + 1 + draw.nextInt(700), 6)));
            RunSpec spec = new RunSpec(algorithm, mutant, RING, seed, FaultClass.CRASH_RECOVER, schedule);
            Optional<Violation> v = new Uniqueness().check(Runs.execute(spec), algorithm);
            if (v.isPresent()) {
                return Optional.of("seed " + seed + ", " + schedule + ": " + v.get());
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chang-roberts", "lelann"})
    void theRingElectionsHoldOnTheSameRuns(String name) {
        Optional<String> found = firstViolation(name, null);
        assertTrue(found.isEmpty(), () -> name + " broke Uniqueness: " + found.get());
    }
}
