package dev.electorate.harness.sim;

import dev.electorate.harness.fault.DriftBound;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import dev.electorate.spec.Timing;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Draws runs from seeds and executes them in the simulator. */
public final class Runs {

    private Runs() {}

    /**
     * The run a seed stands for: ids 1..n in an order drawn from the seed, and a fault schedule of
     * the class drawn from the seed.
     */
    public static RunSpec generate(Algorithm algorithm, String mutant, int nodes, FaultClass faultClass, long seed) {
        return generate(algorithm, mutant, nodes, faultClass, seed, DriftBound.UNBOUNDED);
    }

    /** As {@link #generate(Algorithm, String, int, FaultClass, long)}, skewed clocks drifting within {@code drift}. */
    public static RunSpec generate(Algorithm algorithm, String mutant, int nodes, FaultClass faultClass, long seed,
                                   DriftBound drift) {
        Choices ringChoices = new SeededChoices(new SplittableRandom(seed).nextLong());
        List<Integer> ids = new ArrayList<>(Cluster.ofSize(nodes).members());
        for (int i = ids.size() - 1; i > 0; i--) {
            int j = ringChoices.below(i + 1);
            Integer tmp = ids.get(i);
            ids.set(i, ids.get(j));
            ids.set(j, tmp);
        }
        return make(faultChoices(seed), algorithm, mutant, new Cluster(ids), faultClass, seed, drift);
    }

    /**
     * The one way a run is made once its cluster is known: its fault schedule drawn from {@code choices}
     * within the algorithm's termination bound and crash budget. {@code check} and {@code explore} differ
     * only in how they draw the cluster.
     */
    public static RunSpec make(Choices choices, Algorithm algorithm, String mutant, Cluster cluster,
                               FaultClass faultClass, long seed, DriftBound drift) {
        long window = Math.max(2, algorithm.terminationBound(cluster));
        FaultSchedule schedule = new FaultPlanner(cluster, window, choices, algorithm.crashBudget(cluster), drift)
                .plan(faultClass);
        return new RunSpec(algorithm, mutant, cluster.members(), seed, faultClass, schedule);
    }

    /** The tick at which a run stops: long enough after the last fault to decide Termination and Stability. */
    public static long horizon(RunSpec spec) {
        if (spec.horizon() != null) {
            return spec.horizon();
        }
        long bound = spec.algorithm().terminationBound(spec.cluster());
        return spec.schedule().healedAt() + bound + Math.max(bound / 2, 4 * Timing.MAX_DELAY);
    }

    /** Runs {@code spec} (whose algorithm need not be a built-in one) and returns its whole trace. */
    public static Trace execute(RunSpec spec) {
        Choices choices = spec.choices() != null ? new ReplayChoices(spec.choices()) : runChoices(spec.seed());
        return simulate(spec, choices);
    }

    /** Runs {@code spec} with its network and nodes drawing from {@code choices}. */
    public static Trace simulate(RunSpec spec, Choices choices) {
        Algorithm algorithm = spec.algorithm();
        List<Step> steps = new ArrayList<>();
        long horizon = horizon(spec);
        Integer cut = spec.steps();
        Simulator[] running = new Simulator[1];
        Simulator simulator = new Simulator(algorithm, spec.mutant(), spec.cluster(), Network.DEFAULT,
                spec.schedule(), choices, step -> {
                    steps.add(step);
                    if (cut != null && steps.size() >= cut) {
                        running[0].stop();
                    }
                });
        running[0] = simulator;
        simulator.run(horizon);
        long stoppedAt;
        if (cut != null && steps.size() >= cut) {
            // One event may make several steps: the run ends after the cut's last one, at its tick.
            steps.subList(cut, steps.size()).clear();
            stoppedAt = cut == 0 ? 0 : steps.get(cut - 1).time();
        } else {
            // A run cut by the step cap stopped where it got to, not at its horizon: the header says so.
            stoppedAt = simulator.capped() ? simulator.now() : horizon;
        }
        TraceHeader header = new TraceHeader(algorithm.name(), spec.mutant(), spec.cluster(), spec.seed(),
                spec.faultClassName(), spec.schedule().healedAt(), algorithm.terminationBound(spec.cluster()), stoppedAt);
        return new Trace(header, steps);
    }

    /** The choices a seed's fault schedule is drawn from, apart from its ring order and its network's. */
    public static Choices faultChoices(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        root.nextLong();
        return new SeededChoices(root.nextLong());
    }

    /** The choices that drive a run's network and nodes, independent of how its schedule was drawn. */
    public static Choices runChoices(long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        root.nextLong();
        root.nextLong();
        return new SeededChoices(root.nextLong());
    }
}
