package dev.electorate.harness.check;

import dev.electorate.harness.fault.DriftBound;
import dev.electorate.harness.sim.FaultPlanner;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.Choices;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Public generators of run ingredients, each drawing only from {@link Choices} so that shrinking
 * the choices shrinks what they make: smaller clusters, ids in ring order, fewer and shorter faults.
 */
public final class Generators {

    private Generators() {}

    /** A cluster of {@code min..max} nodes (smaller when choices shrink) with ids 1..n in a drawn ring order. */
    public static Cluster cluster(Choices choices, NodeRange nodes) {
        int n = (int) choices.between(nodes.min(), nodes.max());
        List<Integer> pool = new ArrayList<>(Cluster.ofSize(n).members());
        List<Integer> ring = new ArrayList<>(n);
        // Picking index 0 each time (the shrunk choice) gives the plain order 1..n.
        while (!pool.isEmpty()) {
            ring.add(pool.remove(choices.below(pool.size())));
        }
        return new Cluster(ring);
    }

    /**
     * A fault schedule of one class; with all-zero choices it has the fewest faults (one, or none for
     * {@code none}), starting at tick 1 and lasting one tick.
     */
    public static FaultSchedule faults(Choices choices, FaultClass faultClass, Cluster cluster, long window) {
        return faults(choices, faultClass, cluster, window, DriftBound.UNBOUNDED);
    }

    /** As {@link #faults(Choices, FaultClass, Cluster, long)}, skewed clocks drifting within {@code drift}. */
    public static FaultSchedule faults(Choices choices, FaultClass faultClass, Cluster cluster, long window,
                                       DriftBound drift) {
        return new FaultPlanner(cluster, Math.max(2, window), choices, drift).plan(faultClass);
    }

    /** As {@link #faults(Choices, FaultClass, Cluster, long)}, crashing at most {@code crashBudget} nodes. */
    public static FaultSchedule faults(Choices choices, FaultClass faultClass, Cluster cluster, long window,
                                       int crashBudget) {
        return new FaultPlanner(cluster, Math.max(2, window), choices, crashBudget).plan(faultClass);
    }

    /** As {@link #faults(Choices, FaultClass, Cluster, long)}, crashing at most {@code crashBudget} nodes and skewing within {@code drift}. */
    public static FaultSchedule faults(Choices choices, FaultClass faultClass, Cluster cluster, long window,
                                       int crashBudget, DriftBound drift) {
        return new FaultPlanner(cluster, Math.max(2, window), choices, crashBudget, drift).plan(faultClass);
    }

    /**
     * One of {@code classes}, simplest first: the classes are taken in the order of {@link FaultClass}
     * ({@code none}, {@code crash}, {@code crash-recover}, ...), so a shrunk choice moves a failure
     * to the simplest class that still shows it. With one class nothing is really drawn.
     */
    public static FaultClass faultClass(Choices choices, List<FaultClass> classes) {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("no fault class to draw from");
        }
        List<FaultClass> ordered = classes.stream().distinct().sorted().toList();
        return ordered.get(choices.below(ordered.size()));
    }

    /** A whole run: fault class, cluster, then faults, drawn in that order from {@code choices}. */
    public static RunSpec run(Choices choices, Algorithm algorithm, String mutant, NodeRange nodes,
                              List<FaultClass> classes, long seed) {
        return run(choices, algorithm, mutant, nodes, classes, seed, DriftBound.UNBOUNDED);
    }

    /** As {@link #run(Choices, Algorithm, String, NodeRange, List, long)}, skewed clocks drifting within {@code drift}. */
    public static RunSpec run(Choices choices, Algorithm algorithm, String mutant, NodeRange nodes,
                              List<FaultClass> classes, long seed, DriftBound drift) {
        return run(choices, algorithm, mutant, nodes, faultClass(choices, classes), seed, drift);
    }

    /** A whole run of one fault class: cluster, then faults, drawn in that order from {@code choices}. */
    public static RunSpec run(Choices choices, Algorithm algorithm, String mutant, NodeRange nodes,
                              FaultClass faultClass, long seed) {
        return run(choices, algorithm, mutant, nodes, faultClass, seed, DriftBound.UNBOUNDED);
    }

    /** As {@link #run(Choices, Algorithm, String, NodeRange, FaultClass, long)}, skewed clocks drifting within {@code drift}. */
    public static RunSpec run(Choices choices, Algorithm algorithm, String mutant, NodeRange nodes,
                              FaultClass faultClass, long seed, DriftBound drift) {
        return Runs.make(choices, algorithm, mutant, cluster(choices, nodes), faultClass, seed, drift);
    }
}
