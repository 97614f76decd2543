package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.harness.sim.Simulator;
import dev.electorate.impl.itairodeh.Messages.Election;
import dev.electorate.impl.itairodeh.ItaiRodehAlgorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Properties;
import dev.electorate.spec.property.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Itai-Rodeh keeps its properties when links duplicate and reorder messages all through the
 * election, not only in the random classes' windows, which mostly open after it is over; and such
 * runs do reach the case that could have broken Uniqueness: a copy of a process's message of an
 * earlier round comes home with the bit set while the process is in a later round, and it leads.
 */
class ItaiRodehLinksTest {

    private static final ItaiRodehAlgorithm ALGORITHM = new ItaiRodehAlgorithm(2);
    private static final int SEEDS = 300;

    /**
     * Over SEEDS runs of 3 to 5 processes: the properties violated; the stale homes (a process's
     * message of an earlier round reaching it, active, in a later round) and how many of them won;
     * and the messages received past home (hop > n: the message passed its sender after the
     * sender went passive, which needs a message overtaking it, impossible on FIFO links).
     */
    private record Tally(List<String> violations, int staleHomes, int staleWins, int pastHome) {}

    private static Tally run(FaultClass faultClass, List<Fault> faults) {
        List<String> violations = new ArrayList<>();
        int staleHomes = 0;
        int staleWins = 0;
        int pastHome = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            int n = 3 + (int) (seed % 3);
            List<Integer> ring = IntStream.rangeClosed(1, n).boxed().toList();
            Trace trace = Runs.execute(new RunSpec(ALGORITHM, null, ring, seed, faultClass,
                    new FaultSchedule(faults)));
            for (Violation v : Properties.check(trace, ALGORITHM)) {
                violations.add("n = " + n + ", seed " + seed + ": " + v);
            }
            Map<Integer, Integer> round = new HashMap<>(); // each process's round before the step
            for (Step s : trace.steps()) {
                if (s.kind() == Step.Kind.RECEIVE && s.message() instanceof Election e && e.hop() > n) {
                    pastHome++;
                }
                if (s.kind() == Step.Kind.RECEIVE && s.message() instanceof Election e && e.hop() == n
                        && "Active".equals(stateBefore(trace, s)) && e.round() < round.getOrDefault(s.node(), 0)) {
                    staleHomes++;
                    if ("Leader".equals(s.vars().get("state"))) {
                        staleWins++;
                    }
                }
                if (s.vars().get("round") instanceof Integer r) {
                    round.put(s.node(), r);
                }
            }
        }
        return new Tally(violations, staleHomes, staleWins, pastHome);
    }

    /** The process's state before step s: the state its previous recorded step left. */
    private static Object stateBefore(Trace trace, Step s) {
        Object state = null;
        for (Step p : trace.steps()) {
            if (p == s) {
                return state;
            }
            if (p.node() == s.node() && p.vars().get("state") != null) {
                state = p.vars().get("state");
            }
        }
        return state;
    }

    @Test
    void everyMessageDuplicatedWithProbabilityOneHalf() {
        Tally t = run(FaultClass.DUPLICATE, List.of(new Fault.Duplication(0, 100_000, 500)));
        assertEquals(List.of(), t.violations());
        System.out.printf("duplicate: %d stale homes, %d won, %d past home%n", t.staleHomes(), t.staleWins(),
                t.pastHome());
        assertTrue(t.staleWins() > 0, "no run had a stale copy come home with the bit set: " + t);
    }

    @Test
    void linksReorderingAllThroughTheElection() {
        Tally t = run(FaultClass.REORDER, List.of(new Fault.Reordering(0, 100_000)));
        assertEquals(List.of(), t.violations());
        System.out.printf("reorder: %d stale homes, %d won, %d past home%n", t.staleHomes(), t.staleWins(),
                t.pastHome());
        // Without copies a process has one message in flight, so nothing comes home stale; but
        // messages do overtake one another.
        assertEquals(0, t.staleHomes());
        assertTrue(t.pastHome() > 0, "no message overtook another: " + t);
    }

    @Test
    void aMessageStormStopsAtTheStepCap() {
        // forget-hop-count's messages never come home and never die; every copy circles for ever.
        ItaiRodehAlgorithm a = new ItaiRodehAlgorithm(2);
        Trace trace = Runs.execute(new RunSpec(a, "forget-hop-count", List.of(1, 2, 3), 1, FaultClass.DUPLICATE,
                new FaultSchedule(List.of(new Fault.Duplication(0, 100_000, 1000)))));
        long steps = trace.steps().size(); // the cap is checked between events; one event may make two steps
        assertTrue(steps >= Simulator.MAX_STEPS && steps <= Simulator.MAX_STEPS + 2, "steps: " + steps);
        assertTrue(trace.header().horizon() < Runs.horizon(new RunSpec(a, "forget-hop-count", List.of(1, 2, 3),
                1, FaultClass.DUPLICATE, new FaultSchedule(List.of(new Fault.Duplication(0, 100_000, 1000))))), "stopped early");
        // Termination itself says it cannot be decided; the checker counts that as inconclusive, not violated.
        assertTrue(Properties.check(trace, a).stream().anyMatch(v -> v.property().equals("Termination")
                && v.explanation().contains("cannot be decided")));
        assertTrue(RunOutcome.decidedViolations(trace, a).stream().noneMatch(v -> v.property().equals("Termination")));
    }

    @Test
    void duplicationAndReorderingTogether() {
        Tally t = run(FaultClass.MIXED, List.of(new Fault.Duplication(0, 100_000, 500), new Fault.Reordering(0, 100_000)));
        assertEquals(List.of(), t.violations());
        System.out.printf("duplicate and reorder: %d stale homes, %d won, %d past home%n", t.staleHomes(),
                t.staleWins(), t.pastHome());
        assertTrue(t.staleWins() > 0, "no run had a stale copy come home with the bit set: " + t);
    }
}
