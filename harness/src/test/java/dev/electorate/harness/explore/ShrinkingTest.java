package dev.electorate.harness.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.check.Attempt;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Shrinker;
import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.property.Properties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Shrinking is right: it reaches a known minimal counterexample, it never turns one failure into
 * another property's failure, and whatever it returns is a valid run.
 */
class ShrinkingTest {

    private static final NodeRange NODES = new NodeRange(3, 7);
    private static final Algorithm BULLY = Algorithms.byName("bully");

    private static Explorer.Failure explore(Algorithm a, String mutant, List<FaultClass> faults, long seed,
                                            int tries, int shrinkBudget) {
        Explorer.Outcome o = Explorer.explore(new Explorer.Plan(a, mutant, NODES, faults, tries, seed, shrinkBudget));
        assertTrue(o.failure().isPresent(), () -> a.name() + " " + mutant + " " + faults + " seed " + seed
                + ": no failure in " + tries + " runs");
        return o.failure().get();
    }

    /** Runs {@code schedule} on ids 1..n with the network's choices from {@code seed}, or all zero. */
    private static boolean fails(String mutant, int n, FaultSchedule schedule, Long seed) {
        RunSpec spec = new RunSpec(BULLY, mutant, Cluster.ofSize(n).members(), seed == null ? 0 : seed,
                schedule.faults().isEmpty() ? FaultClass.NONE : FaultClass.CRASH, schedule);
        if (seed == null) {
            spec = spec.withChoices(List.of());
        }
        return !Properties.check(Runs.execute(spec), BULLY).isEmpty();
    }

    /** No fault-free run of the mutant fails: nothing smaller than one fault is a counterexample. */
    private static void noFaultFreeRunFails(String mutant) {
        Explorer.Outcome none = Explorer.explore(new Explorer.Plan(BULLY, mutant, NODES, List.of(FaultClass.NONE),
                300, 1, 0));
        assertTrue(none.failure().isEmpty(), () -> "a fault-free run of " + mutant + " fails: "
                + none.failure().get().violation());
    }

    /**
     * Bully "no-heartbeat-timeout" (followers never arm their failure detector) needs exactly one
     * fault: the leader's crash, after which the followers wait for it forever. Without a fault no
     * timer of a follower matters, so zero faults never fail.
     */
    @Test
    void noHeartbeatTimeoutShrinksToTheLeadersCrash() {
        noFaultFreeRunFails("no-heartbeat-timeout");
        for (long seed : new long[] {1, 101, 202}) {
            Explorer.Failure f = explore(BULLY, "no-heartbeat-timeout", BULLY.assumptions().admitted(), seed, 2000, 1500);
            List<Fault> faults = f.shrunk().run().schedule().faults();
            assertEquals(1, faults.size(), () -> "seed " + seed + ": " + f.shrunk().run().schedule().describe());
            Fault.Crash crash = assertInstanceOf(Fault.Crash.class, faults.get(0));
            assertEquals(Collections.max(f.shrunk().run().members()), crash.node(), "the crash must hit the leader");
            assertEquals("Termination", f.violation().property());
        }
    }

    /**
     * A fault the failure does not need is pruned on the same network choices, and one it needs is
     * kept: the leader's crash beside a one-tick reordering and a late one-tick loss (which drops
     * nothing the failure needs) comes back as the crash alone, still failing at the same step.
     */
    @Test
    void needlessFaultsArePrunedAndNeededOnesKept() {
        Explorer.Failure f = explore(BULLY, "no-heartbeat-timeout", BULLY.assumptions().admitted(), 1, 2000, 1500);
        Attempt needed = f.shrunk();
        List<Fault> padded = new ArrayList<>(needed.run().schedule().faults());
        padded.add(0, new Fault.Reordering(1, 2));
        padded.add(new Fault.Loss(needed.trace().steps().get(needed.trace().steps().size() - 1).time(),
                needed.trace().steps().get(needed.trace().steps().size() - 1).time() + 1, 100));
        Attempt withPadding = needed.withSchedule(BULLY, new FaultSchedule(padded));
        assertTrue(withPadding.violates("Termination"), "the padding must not hide the failure");
        Attempt pruned = Shrinker.withoutNeedlessFaults(withPadding, "Termination",
                schedule -> withPadding.withSchedule(BULLY, schedule));
        assertEquals(needed.run().schedule(), pruned.run().schedule());
        assertEquals(needed.violation("Termination").step(), pruned.violation("Termination").step());
    }

    /**
     * Bully "no-answer" (a node ignores ELECTION from lower ids) needs exactly two faults: a lower
     * node crashes and restarts, and its new election goes unanswered beside the standing leader.
     * At the start the leader's COORDINATOR stops every lower candidate, and after one crash alone
     * (of any node, at any tick, for 3 to 5 nodes) the highest live node's COORDINATOR still reaches
     * every lower candidate before its answer timeout: the search below tries them all.
     */
    @Test
    void noAnswerShrinksToOneCrashAndItsRestart() {
        noFaultFreeRunFails("no-answer");
        for (int n = 3; n <= 5; n++) {
            long window = BULLY.terminationBound(Cluster.ofSize(n));
            for (int node = 1; node <= n; node++) {
                for (long at = 1; at <= window; at++) {
                    FaultSchedule one = new FaultSchedule(List.of(new Fault.Crash(at, node)));
                    for (Long seed : new Long[] {null, 7L}) {
                        assertFalse(fails("no-answer", n, one, seed),
                                "one crash is enough after all: n=" + n + " " + one.describe() + " seed " + seed);
                    }
                }
            }
        }
        for (long seed : new long[] {1, 101, 202}) {
            Explorer.Failure f = explore(BULLY, "no-answer", BULLY.assumptions().admitted(), seed, 2000, 1500);
            List<Fault> faults = f.shrunk().run().schedule().faults();
            String schedule = "seed " + seed + ": " + f.shrunk().run().schedule().describe();
            int crashed;
            if (faults.size() == 1 && faults.get(0) instanceof Fault.Contest) {
                // a contest is one crash and its restart, of the node it caught: the trace names it
                crashed = f.shrunk().trace().steps().stream().filter(st -> st.action().equals("Crash"))
                        .findFirst().orElseThrow(() -> new AssertionError("the contest crashed nobody: " + schedule))
                        .node();
            } else if (faults.size() == 1) {
                // a bounce is one crash and its restart, in one fault
                crashed = assertInstanceOf(Fault.Bounce.class, faults.get(0), schedule).node();
            } else {
                assertEquals(2, faults.size(), schedule);
                Fault.Crash crash = assertInstanceOf(Fault.Crash.class, faults.get(0), schedule);
                Fault.Restart restart = assertInstanceOf(Fault.Restart.class, faults.get(1), schedule);
                assertEquals(crash.node(), restart.node(), schedule);
                crashed = crash.node();
            }
            assertTrue(crashed < Collections.max(f.shrunk().run().members()), "a lower node, not the leader");
            assertEquals("Uniqueness", f.violation().property());
        }
    }

    /**
     * Over every mutant of every algorithm and the reference Bully under each fault class outside
     * its assumptions, from several seeds: the shrunk run's first violation is the property the
     * search found first, the reported violation is that one, the shrunk run is no larger, and it
     * is a valid run.
     */
    @TestFactory
    Stream<DynamicTest> shrinkingKeepsTheFailureAndGivesAValidRun() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Algorithm a : Algorithms.all()) {
            for (Mutant m : a.mutants()) {
                if (m.rare()) {
                    continue; // killed by its directed test, not by 300 random runs
                }
                tests.add(DynamicTest.dynamicTest(a.name() + " " + m.name(), () -> {
                    // Up to 5 seeds within about 3 s; every other mutant dies within 300 runs.
                    long start = System.nanoTime();
                    int found = 0;
                    for (long seed = 1; seed <= 5 && (System.nanoTime() - start) < 3e9; seed++) {
                        Explorer.Outcome o = Explorer.explore(new Explorer.Plan(a, m.name(), NODES,
                                a.assumptions().admitted(), 300, seed * 1_000, 300));
                        if (o.failure().isPresent()) {
                            found++;
                            check(a, m.name(), a.assumptions().admitted(), seed * 1_000, o.failure().get());
                        }
                    }
                    assertTrue(found > 0, a.name() + " " + m.name() + ": no failure in 300 runs to shrink");
                }));
            }
        }
        // Outside its assumptions the reference Bully fails in every way but duplication and reordering
        // (it survives those in practice), often on several properties in one run.
        for (FaultClass fc : List.of(FaultClass.LOSS, FaultClass.PARTITION, FaultClass.PAUSE, FaultClass.CLOCK_SKEW,
                FaultClass.MIXED)) {
            tests.add(DynamicTest.dynamicTest("bully under " + fc.cliName(), () -> {
                for (long seed = 1; seed <= 4; seed++) {
                    check(BULLY, null, List.of(fc), seed * 1_000);
                }
            }));
        }
        // The one case where keeping merely "still violates the property" changed the failure:
        // a Termination failure whose shrunk run also broke Uniqueness.
        Algorithm changRoberts = Algorithms.all().stream().filter(x -> x.name().equals("chang-roberts")).findFirst()
                .orElse(null);
        if (changRoberts != null) {
            tests.add(DynamicTest.dynamicTest("chang-roberts under partition, seed 41", () ->
                    check(changRoberts, null, List.of(FaultClass.PARTITION), 41)));
        }
        return tests.stream();
    }

    private static void check(Algorithm a, String mutant, List<FaultClass> faults, long seed) {
        check(a, mutant, faults, seed, explore(a, mutant, faults, seed, 2000, 300));
    }

    private static void check(Algorithm a, String mutant, List<FaultClass> faults, long seed, Explorer.Failure f) {
        String found = f.original().violations().get(0).property();
        String what = a.name() + " " + mutant + " seed " + seed + ": ";
        assertEquals(found, f.violation().property(), what + "reported a different property");
        assertEquals(found, f.shrunk().violations().get(0).property(),
                what + "the shrunk run fails first on another property: " + f.shrunk().violations());
        assertFalse(Shrinker.smaller(f.original().sequence(), f.shrunk().sequence()), what + "shrinking grew the run");
        assertTrue(Shrinker.noLarger(f.shrunk(), f.original(), found), what + "shrinking grew the cluster or the faults: "
                + f.original().run().members().size() + " nodes, " + f.original().run().schedule().faults().size()
                + " faults became " + f.shrunk().run().members().size() + " and " + f.shrunk().run().schedule().faults().size());
        List<String> problems = ValidRun.problems(a, f.shrunk(), NODES, faults);
        assertTrue(problems.isEmpty(), what + "the shrunk run is not valid: " + problems);
    }

    /**
     * Any sequence of integers, however large, negative, short or long, stands for a valid run:
     * the simulator reads choices through bounded draws, so shrinking can never make a malformed one.
     */
    @Test
    void everyChoiceSequenceIsAValidRun() {
        SplittableRandom random = new SplittableRandom(6);
        List<FaultClass> every = List.of(FaultClass.values());
        for (int i = 0; i < 60; i++) {
            Algorithm a = Algorithms.all().get(random.nextInt(Algorithms.all().size()));
            String mutant = random.nextBoolean() || a.mutants().isEmpty() ? null
                    : a.mutants().get(random.nextInt(a.mutants().size())).name();
            List<Integer> sequence = new ArrayList<>();
            int length = random.nextInt(150);
            for (int j = 0; j < length; j++) {
                sequence.add(switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> random.nextInt(10);
                    case 2 -> random.nextInt();
                    default -> random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
                });
            }
            Attempt attempt = Attempt.of(sequence, a, mutant, NODES, every, i);
            List<String> problems = ValidRun.problems(a, attempt, NODES, every);
            assertTrue(problems.isEmpty(), a.name() + " " + mutant + " " + sequence + " made "
                    + attempt.run().faultClass() + " " + attempt.run().schedule().describe() + ": " + problems);
        }
    }
}
