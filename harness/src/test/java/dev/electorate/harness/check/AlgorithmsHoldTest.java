package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Mutant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each algorithm keeps every property over 2,000 seeded runs per fault class inside its
 * assumptions with {@code -Delectorate.long=true}, 500 by default (100 for the ZooKeeper recipe: see {@link #runs}),
 * for 3 to 7 nodes; and each of its mutants is caught by some fault class.
 */
class AlgorithmsHoldTest {

    static final int RUNS = 2000;

    /**
     * Runs per fault class. The ZooKeeper recipe's runs are long (every client heartbeats every 10
     * ticks) and it admits six classes, so the default suite runs 100 per class and
     * {@code -Delectorate.long=true} the full 2,000 ({@code ./electorate check --algorithm zookeeper
     * --runs 2000} gives the same figure from the command line).
     */
    static int runs(Algorithm a) {
        if (Boolean.getBoolean("electorate.long")) {
            return RUNS;
        }
        return a.name().equals("zookeeper") ? 100 : DEFAULT_RUNS;
    }

    /**
     * Runs per fault class in the default suite, which must stay well inside CI's time: a quarter of the
     * 2,000 that {@code -Delectorate.long=true} and {@code ./electorate check --runs 2000} give.
     */
    static final int DEFAULT_RUNS = 500;

    /**
     * Runs per fault class for a mutant: 300, or 20 for the ZooKeeper recipe's, which die in every run
     * (lead-without-lowest) or in about one run in four of crash-recover, loss and partition each
     * (no-session-expiry: 14, 38 and 29 of 50).
     */
    static int mutantRuns(Algorithm a) {
        return a.name().equals("zookeeper") && !Boolean.getBoolean("electorate.long") ? 20 : 300;
    }

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> everyAlgorithmHoldsInsideItsAssumptions() {
        assertFalse(Algorithms.all().isEmpty(), "no algorithms registered");
        List<DynamicTest> tests = new ArrayList<>();
        for (Algorithm a : Algorithms.all()) {
            for (FaultClass f : a.assumptions().admitted()) {
                tests.add(DynamicTest.dynamicTest(a.name() + " under " + f, () -> {
                    List<CellResult> results = new Checker(new Checker.Plan(List.of(a), null, List.of(f),
                            new NodeRange(3, 7), runs(a), 1, out.resolve(a.name() + "-" + f))).run();
                    CellResult r = results.get(0);
                    assertEquals(runs(a), r.runs());
                    assertEquals(CellVerdict.HOLDS, r.verdict(), () -> a.name() + " under " + f + ": " + r.byProperty()
                            + (r.counterexample() == null ? "" : "; " + r.counterexample().violation()
                            + "; replay " + r.counterexample().replayCommand()
                            + "; faults " + r.counterexample().run().schedule().describe()));
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyMutantIsCaught() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Algorithm a : Algorithms.all()) {
            assertTrue(a.mutants().size() >= 2, a.name() + " needs at least two mutants");
            for (Mutant m : a.mutants()) {
                if (m.rare()) {
                    continue; // killed by the directed test its rareBecause names
                }
                tests.add(DynamicTest.dynamicTest(a.name() + " mutant " + m.name(), () -> {
                    List<CellResult> results = new Checker(new Checker.Plan(List.of(a), m.name(),
                            a.assumptions().admitted(), new NodeRange(3, 7), mutantRuns(a), 1,
                            out.resolve(a.name() + "-" + m.name()))).run();
                    assertTrue(results.stream().anyMatch(r -> r.verdict() == CellVerdict.VIOLATED_UNEXPECTED),
                            () -> "mutant " + m.name() + " of " + a.name() + " survived: " + results.stream()
                                    .map(r -> r.faultClass() + "=" + r.verdict()).collect(Collectors.joining(", ")));
                }));
            }
        }
        return tests.stream();
    }
}
