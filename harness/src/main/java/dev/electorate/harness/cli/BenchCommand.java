package dev.electorate.harness.cli;

import dev.electorate.harness.adapter.ProcessCounters;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.exhaustive.ExhaustiveExplorer;
import dev.electorate.harness.exhaustive.ModelBounds;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.Network;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.harness.sim.Simulator;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code electorate bench}: simulated message deliveries per second and whole runs per second on
 * one thread, as the median of several timed rounds after a warm-up; of a reference algorithm, or
 * of the user's own election ({@code --node-class}, {@code --node-cmd}), to weigh what running it
 * as a class or a process costs; or with {@code --exhaustive} the exhaustive explorer's distinct
 * states per second of CPU.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures simulator throughput: deliveries per second and runs per second, on one thread;"
                + " with --node-class or --node-cmd, of your own election (for a process, lower --runs: a run"
                + " takes tens of milliseconds or more); with --exhaustive, the exhaustive explorer's distinct"
                + " states per CPU second.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--algorithm", defaultValue = "bully", description = "Algorithm (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--nodes", defaultValue = "5", description = "Cluster size (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--horizon", defaultValue = "200000",
            description = "Ticks of the long run that measures deliveries (default: ${DEFAULT-VALUE}).")
    long horizon;

    @Option(names = "--rounds", defaultValue = "7", description = "Timed rounds; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--runs", defaultValue = "2000", description = "Whole runs per round for runs/s (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--exhaustive", description = "Measure the exhaustive explorer within the algorithm's TLC model"
            + " (--nodes 3 unless given) instead of the simulator.")
    boolean exhaustive;

    @Option(names = "--model", description = "With --exhaustive: the TLC model whose bounds to explore within"
            + " (default: the one explore --exhaustive picks).")
    String model;

    @Option(names = "--max-states", defaultValue = "300000",
            description = "With --exhaustive: distinct states per round at most (default: ${DEFAULT-VALUE}).")
    long maxStates;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    ThirdPartyOptions thirdParty = new ThirdPartyOptions();

    @Override
    public Integer call() {
        thirdParty.requireConsistent();
        boolean own = thirdParty.given();
        if (own && spec.commandLine().getParseResult().hasMatchedOption("--algorithm")) {
            throw new dev.electorate.harness.io.BadInputException("--algorithm and --node-class/--node-cmd exclude each"
                    + " other; bench one election at a time");
        }
        Algorithm a = own ? thirdParty.algorithm() : Algorithms.byName(algorithm);
        if (exhaustive) {
            if (own) {
                throw new dev.electorate.harness.io.BadInputException("--exhaustive benches the reference nodes; explore"
                        + " your own with explore --exhaustive");
            }
            return exhaustive(a);
        }
        if (model != null) {
            throw new BadInputException("--model needs --exhaustive: the simulator keeps no model's bounds");
        }
        // One long run of a process node would take minutes: its cost is in runs/s.
        boolean longRun = !spec.commandLine().getParseResult().hasMatchedOption("--node-cmd");
        Flags.range("--nodes", nodes, 2, NodeRange.MAX);
        Flags.range("--horizon", horizon, 1, 1_000_000_000L);
        Flags.range("--rounds", rounds, 1, 1000);
        Flags.range("--runs", runs, 1, 10_000_000);
        Progress progress = progressOption.bar(rounds + 2L, "rounds");
        Cluster cluster = Cluster.ofSize(nodes);
        PrintWriter out = spec.commandLine().getOut();
        double[] deliveriesPerSecond = new double[rounds];
        double[] runsPerSecond = new double[rounds];
        long timedRunNanos = 0;
        long harnessCpu = 0;
        ProcessCounters.Snapshot before = null;
        for (int round = -2; round < rounds; round++) { // two warm-up rounds
            if (round == 0) {
                ProcessCounters.reset();
                before = ProcessCounters.snapshot();
                harnessCpu = threadCpuNanos();
            }
            if (longRun) {
                long t0 = System.nanoTime();
                Simulator sim = new Simulator(a, null, cluster, Network.DEFAULT, FaultSchedule.NONE,
                        Runs.runChoices(round), Simulator.DROP);
                sim.run(horizon);
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (round >= 0) {
                    deliveriesPerSecond[round] = sim.deliveries() / seconds;
                }
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                Runs.execute(new RunSpec(a, null, cluster.members(), i, FaultClass.NONE, FaultSchedule.NONE));
            }
            long runNanos = System.nanoTime() - t1;
            if (round >= 0) {
                runsPerSecond[round] = runs / (runNanos / 1e9);
                timedRunNanos += runNanos;
            }
            progress.step(false);
        }
        progress.finish();
        out.printf("bench %s, %d nodes, one thread, median of %d rounds%n", a.name(), nodes, rounds);
        if (longRun) {
            out.printf("  deliveries/s (one %d-tick run, trace dropped): %,.0f%n", horizon, median(deliveriesPerSecond));
        }
        double perSecond = median(runsPerSecond);
        out.printf("  runs/s (no faults, trace recorded):        %,.1f (%.2f ms a run)%n", perSecond, 1000 / perSecond);
        if (!longRun) {
            processShares(out, ProcessCounters.snapshot(), before, (long) rounds * runs, timedRunNanos,
                    threadCpuNanos() - harnessCpu);
        }
        out.flush();
        return Main.OK;
    }

    /**
     * Where a process node's runs spent their time over every timed round: events and round trips per
     * run, and per round trip the wait for the node's lines (its work, and the wake-ups of both
     * sides), the harness's own work inside reactions (encoding, decoding, writes and flushes) and
     * the rest of the run (the simulator, process starts and resets).
     */
    private static void processShares(PrintWriter out, ProcessCounters.Snapshot after, ProcessCounters.Snapshot before,
                                      long timedRuns, long runNanos, long harnessCpuNanos) {
        double trips = Math.max(1, after.roundTrips());
        boolean sameProcesses = after.processesStarted() == before.processesStarted();
        out.printf("  per run: %,.1f events, %,.1f round trips, %,.1f lines read, %.2f process starts%n",
                after.events() / (double) timedRuns, after.roundTrips() / (double) timedRuns,
                after.linesRead() / (double) timedRuns,
                (after.processesStarted() - before.processesStarted()) / (double) timedRuns);
        out.printf("  per round trip: %.1f us in all = %.1f us waiting for the node + %.1f us of the harness's own"
                        + " work in reactions + %.1f us elsewhere (simulator, starts, resets)%n",
                runNanos / trips / 1e3, after.waitNanos() / trips / 1e3, after.harnessNanos() / trips / 1e3,
                (runNanos - after.reactionNanos()) / trips / 1e3);
        // A process started and killed within the rounds takes its CPU time with it: only kept ones are counted.
        String nodeCpu = sameProcesses ? String.format(java.util.Locale.ROOT, "%.1f us",
                (after.liveNodeCpuNanos() - before.liveNodeCpuNanos()) / trips / 1e3) : "not counted (processes were started)";
        out.printf("  CPU per round trip: harness thread %.1f us, node processes %s%n", harnessCpuNanos / trips / 1e3,
                nodeCpu);
    }

    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * Explores the same model once per round in this JVM (the first round warms it up and is not
     * counted) and reports the medians: states per second of the exploring thread's CPU time (the
     * figure for one core, garbage collection and compilation aside), of the whole process's CPU time
     * (those included), and of wall-clock time.
     */
    private int exhaustive(Algorithm a) {
        int n = spec.commandLine().getParseResult().hasMatchedOption("--nodes") ? nodes : 3;
        Flags.range("--nodes", n, 2, NodeRange.MAX);
        Flags.range("--rounds", rounds, 1, 1000);
        Flags.range("--max-states", maxStates, 1, 1_000_000_000L);
        ModelBounds bounds = ModelBounds.choose(a.name(), n, null, model);
        Progress progress = progressOption.bar(rounds + 1L, "rounds");
        double[] perCpu = new double[rounds];
        double[] perProcessCpu = new double[rounds];
        double[] perWall = new double[rounds];
        ExhaustiveExplorer.Result last = null;
        for (int round = -1; round < rounds; round++) {
            long process = processCpuNanos();
            last = ExhaustiveExplorer.explore(new ExhaustiveExplorer.Plan(a, null, bounds, maxStates, 1_000));
            double processSeconds = (processCpuNanos() - process) / 1e9;
            if (round >= 0) {
                perCpu[round] = last.statesPerCpuSecond();
                perProcessCpu[round] = processSeconds > 0 ? last.states() / processSeconds : 0;
                perWall[round] = last.statesPerSecond();
            }
            progress.step(false);
        }
        progress.finish();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("bench %s --exhaustive, nodes %s, bounds of %s, median of %d rounds%n", a.name(), bounds.members(),
                bounds.config(), rounds);
        out.printf("  %,d distinct states, %,d transitions, depth %d, %s%n", last.states(), last.transitions(),
                last.depth(), last.violation().isPresent() ? "ended by a violation"
                        : last.complete() ? "every state within the bounds" : "cut by --max-states");
        out.printf("  states per CPU second (exploring thread): %,.0f%n", median(perCpu));
        out.printf("  states per CPU second (whole process):    %,.0f%n", median(perProcessCpu));
        out.printf("  states per second (wall clock):           %,.0f%n", median(perWall));
        out.flush();
        return Main.OK;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : System.nanoTime();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
