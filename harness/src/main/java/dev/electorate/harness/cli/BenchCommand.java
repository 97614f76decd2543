package dev.electorate.harness.cli;

import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.Network;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.harness.sim.Simulator;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
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
 * one thread, as the median of several timed rounds after a warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures simulator throughput: deliveries per second and runs per second, on one thread.")
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

    @Mixin
    ProgressOption progressOption;

    @Override
    public Integer call() {
        Algorithm a = Algorithms.byName(algorithm);
        Flags.range("--nodes", nodes, 2, NodeRange.MAX);
        Flags.range("--horizon", horizon, 1, 1_000_000_000L);
        Flags.range("--rounds", rounds, 1, 1000);
        Flags.range("--runs", runs, 1, 10_000_000);
        Progress progress = progressOption.bar(rounds + 2L, "rounds");
        Cluster cluster = Cluster.ofSize(nodes);
        PrintWriter out = spec.commandLine().getOut();
        double[] deliveriesPerSecond = new double[rounds];
        double[] runsPerSecond = new double[rounds];
        for (int round = -2; round < rounds; round++) { // two warm-up rounds
            long t0 = System.nanoTime();
            Simulator sim = new Simulator(a, null, cluster, Network.DEFAULT, FaultSchedule.NONE,
                    Runs.runChoices(round), Simulator.DROP);
            sim.run(horizon);
            double seconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                RunSpec run = new RunSpec(a.name(), null, cluster.members(), i, "none", FaultSchedule.NONE);
                Runs.execute(run);
            }
            double runSeconds = (System.nanoTime() - t1) / 1e9;
            if (round >= 0) {
                deliveriesPerSecond[round] = sim.deliveries() / seconds;
                runsPerSecond[round] = runs / runSeconds;
            }
            progress.step(false);
        }
        progress.finish();
        out.printf("bench %s, %d nodes, one thread, median of %d rounds%n", a.name(), nodes, rounds);
        out.printf("  deliveries/s (one %d-tick run, trace dropped): %,.0f%n", horizon, median(deliveriesPerSecond));
        out.printf("  runs/s (no faults, trace recorded):        %,.0f%n", median(runsPerSecond));
        out.flush();
        return Main.OK;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
