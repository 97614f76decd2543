package dev.electorate.harness.cli;

import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.report.ComparePage;
import dev.electorate.harness.compare.Comparison;
import dev.electorate.harness.compare.ConsoleTables;
import dev.electorate.harness.io.OutputFolder;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code electorate compare}: messages and time per election of every algorithm against n, beside the textbook curves. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Measures messages and ticks per election of every algorithm for each cluster size, with no faults"
                + " and after the leader crashes, and writes compare.html (plots with the textbook curves, and a verdict"
                + " on each textbook claim) and compare.json."})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--algorithm", paramLabel = "A", description = "Algorithm to compare (repeatable; default: all).")
    List<String> algorithms = new ArrayList<>();

    @Option(names = "--nodes", paramLabel = "MIN..MAX", defaultValue = "3..64",
            description = "Cluster sizes, every one in the range (default: ${DEFAULT-VALUE}).")
    String nodes;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "20",
            description = "Seeded runs per (algorithm, n); run i uses seed S+i for every algorithm (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "electorate-out",
            description = "Output folder for compare.html and compare.json (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ProgressOption progressOption;

    @Override
    public Integer call() {
        Flags.range("--runs", runs, 1, Integer.MAX_VALUE);
        List<Algorithm> chosen = new ArrayList<>();
        for (String name : algorithms.isEmpty() ? Algorithms.all().stream().map(Algorithm::name).toList() : algorithms) {
            chosen.add(Algorithms.byName(name));
        }
        Comparison.Plan plan = new Comparison.Plan(chosen, NodeRange.parse(nodes), runs, seedOption.first());
        OutputFolder.prepare(out, "--out");
        Progress progress = progressOption.bar(Comparison.runs(plan), "runs");
        Comparison.Result result = Comparison.run(plan, progress, soFar -> ComparePage.writePartial(soFar, out));
        progress.finish();
        PrintWriter w = spec.commandLine().getOut();
        ConsoleTables.print(result, w);
        ComparePage.Written written = ComparePage.write(result, out);
        w.println();
        written.claims().forEach(c -> w.println(c.console()));
        w.println();
        w.println("page: " + written.page());
        w.println("data: " + written.data());
        w.flush();
        return Main.OK;
    }
}
