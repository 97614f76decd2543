package dev.electorate.harness.compare;

import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Assumptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Measures every algorithm's elections for every cluster size of a range: messages and ticks to
 * elect with no faults and after the leader crashes. Run i of every (algorithm, n) uses seed
 * {@code seed + i}, so all algorithms see the same ring orders; results do not depend on how the
 * threads interleave.
 */
public final class Comparison {

    /** What to measure. */
    public record Plan(List<Algorithm> algorithms, NodeRange nodes, int runs, long seed) {
    }

    /** Everything measured, cells in the order algorithm, n, scenario. */
    public record Result(Plan plan, List<Theory> theories, List<Cell> cells) {

        /** The cell of one (algorithm, n, scenario), or null. */
        public Cell cell(String algorithm, int n, Scenario scenario) {
            for (Cell c : cells) {
                if (c.algorithm().equals(algorithm) && c.n() == n && c.scenario() == scenario) {
                    return c;
                }
            }
            return null;
        }

        /** The cluster sizes measured, ascending. */
        public List<Integer> sizes() {
            return IntStream.rangeClosed(plan.nodes().min(), plan.nodes().max()).boxed().toList();
        }
    }

    private Comparison() {}

    /** The total of runs {@code plan} makes, for a progress bar. */
    public static long runs(Plan plan) {
        return (long) plan.algorithms().size() * (plan.nodes().max() - plan.nodes().min() + 1) * plan.runs();
    }

    /** Measures {@code plan}, stepping {@code progress} once per run. */
    public static Result run(Plan plan, Progress progress) {
        return run(plan, progress, partial -> { });
    }

    /**
     * Measures {@code plan}, stepping {@code progress} once per run and handing {@code finished} the
     * cells measured so far each time an (algorithm, n) is done, so that they can be written at once.
     */
    public static Result run(Plan plan, Progress progress, Consumer<Result> finished) {
        List<Integer> sizes = IntStream.rangeClosed(plan.nodes().min(), plan.nodes().max()).boxed().toList();
        List<Theory> theories = plan.algorithms().stream().map(Theory::of).toList();
        int perAlgorithm = sizes.size() * plan.runs();
        int tasks = plan.algorithms().size() * perAlgorithm;
        @SuppressWarnings("unchecked")
        List<Measurement>[] out = new List[tasks];
        AtomicIntegerArray left = new AtomicIntegerArray(plan.algorithms().size() * sizes.size());
        for (int g = 0; g < left.length(); g++) {
            left.set(g, plan.runs());
        }
        Map<Integer, List<Cell>> done = new TreeMap<>();
        // Larger clusters first, so the slowest runs do not trail at the end.
        IntStream.range(0, tasks).parallel().map(t -> tasks - 1 - t).forEach(t -> {
            int a = t / perAlgorithm;
            int n = sizes.get((t % perAlgorithm) / plan.runs());
            int i = t % plan.runs();
            Algorithm algorithm = plan.algorithms().get(a);
            out[t] = ElectionProbe.measure(algorithm, theories.get(a), n, plan.seed() + i, survivesCrash(algorithm));
            progress.step(out[t].stream().anyMatch(m -> !m.ok()));
            int group = t / plan.runs();
            if (left.decrementAndGet(group) == 0) {
                List<Cell> cells = cells(plan, sizes, out, a, group % sizes.size());
                synchronized (done) {
                    done.put(group, cells);
                    finished.accept(new Result(plan, theories, done.values().stream().flatMap(List::stream).toList()));
                }
            }
        });
        List<Cell> cells = new ArrayList<>();
        for (int a = 0; a < plan.algorithms().size(); a++) {
            for (int s = 0; s < sizes.size(); s++) {
                cells.addAll(cells(plan, sizes, out, a, s));
            }
        }
        return new Result(plan, theories, cells);
    }

    /** The two cells (no faults, leader crash) of algorithm {@code a} at the {@code s}-th size. */
    private static List<Cell> cells(Plan plan, List<Integer> sizes, List<Measurement>[] out, int a, int s) {
        int perAlgorithm = sizes.size() * plan.runs();
        Algorithm algorithm = plan.algorithms().get(a);
        int n = sizes.get(s);
        List<Measurement> first = new ArrayList<>();
        List<Measurement> second = new ArrayList<>();
        for (int i = 0; i < plan.runs(); i++) {
            List<Measurement> m = out[a * perAlgorithm + s * plan.runs() + i];
            first.add(m.get(0));
            if (m.size() > 1) {
                second.add(m.get(1));
            }
        }
        return List.of(Cell.of(algorithm.name(), n, Scenario.NO_FAULTS, first),
                survivesCrash(algorithm) ? Cell.of(algorithm.name(), n, Scenario.LEADER_CRASH, second)
                        : Cell.skipped(algorithm.name(), n, Scenario.LEADER_CRASH, noCrashReason(algorithm)));
    }

    /** Whether a crashed leader is replaced: the algorithm's assumptions admit some node failure. */
    static boolean survivesCrash(Algorithm a) {
        return a.assumptions().failures() != Assumptions.Failures.NONE;
    }

    private static String noCrashReason(Algorithm a) {
        return "not measured: " + a.name() + " assumes no node fails (its assumptions: failures "
                + a.assumptions().failures() + "), so nothing replaces a crashed leader";
    }
}
