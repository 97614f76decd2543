package dev.electorate.harness.cli;

import dev.electorate.harness.check.CellResult;
import dev.electorate.harness.check.Checker;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.CellVerdict;
import dev.electorate.harness.fault.DriftBound;
import dev.electorate.harness.check.Coverage;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.io.OutputFolder;
import dev.electorate.harness.report.Report;
import dev.electorate.harness.sim.Simulator;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
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

/** {@code electorate check}: the verdict matrix of algorithms under fault classes. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs every algorithm under every fault class and prints one verdict per cell.")
public final class CheckCommand implements Callable<Integer> {

    /** The fault classes of the default matrix. */
    static final List<String> DEFAULT_FAULTS = List.of("none", "crash", "crash-recover", "loss", "duplicate",
            "reorder", "partition", "pause", "clock-skew", "mixed");

    @Spec
    CommandSpec spec;

    @Option(names = "--algorithm", paramLabel = "A", description = "Algorithm to check (repeatable; default: all).")
    List<String> algorithms = new ArrayList<>();

    @Option(names = "--mutant", paramLabel = "M", description = "Check this mutant of the algorithm instead.")
    String mutant;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "3..7",
            description = "Cluster size N, or a range MIN..MAX taken in turn (default: ${DEFAULT-VALUE}).")
    String nodes;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "200",
            description = "Seeded runs per (algorithm, fault class) (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--faults", paramLabel = "F", split = ",",
            description = "Fault class (repeatable or comma-separated; default: all, or with --node-class or"
                    + " --node-cmd those of --assume).")
    List<String> faults = new ArrayList<>();

    @Mixin
    DriftOption driftOption = new DriftOption();

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "electorate-out",
            description = "Output folder for results.json and counterexamples (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--coverage",
            description = "Also report, per algorithm, the abstract states and transitions the runs reached, how often"
                    + " each action occurred and which spec actions never did (printed and in results.json).")
    boolean coverage;

    @Option(names = "--validate-traces", paramLabel = "K", defaultValue = "0",
            description = "Validate the first K traces of each cell against the algorithm's TLA+ spec with TLC"
                    + " (default: ${DEFAULT-VALUE}, none).")
    int validateTraces;

    @Mixin
    ProgressOption progress;

    @Mixin
    ThirdPartyOptions thirdParty = new ThirdPartyOptions();

    @Override
    public Integer call() {
        Flags.range("--runs", runs, 1, Integer.MAX_VALUE);
        thirdParty.requireConsistent();
        if (thirdParty.given() && mutant != null) {
            throw new BadInputException("--mutant names a mutant of a reference algorithm; your own election has none:"
                    + " drop --mutant");
        }
        if (mutant != null && algorithms.isEmpty() && !thirdParty.given()) {
            // Each mutant belongs to one algorithm: say which, rather than that the first one lacks it.
            List<String> owners = Algorithms.all().stream()
                    .filter(a -> a.mutants().stream().anyMatch(m -> m.name().equals(mutant))).map(Algorithm::name).toList();
            throw new BadInputException(owners.isEmpty()
                    ? "--mutant " + mutant + " is no algorithm's mutant; 'electorate mutants' lists them all"
                    : "--mutant " + mutant + " is a mutant of " + String.join(" and ", owners) + "; add --algorithm "
                            + owners.get(0));
        }
        if (thirdParty.given() && !algorithms.isEmpty()) {
            throw new BadInputException("--algorithm names a reference algorithm; with --node-class or --node-cmd"
                    + " your own election is checked instead: drop --algorithm (or use --like A)");
        }
        List<Algorithm> chosen = new ArrayList<>();
        if (thirdParty.given()) {
            chosen.add(thirdParty.algorithm());
        }
        for (String name : thirdParty.given() ? List.<String>of()
                : algorithms.isEmpty() ? Algorithms.all().stream().map(Algorithm::name).toList() : algorithms) {
            chosen.add(Algorithms.byName(name));
        }
        if (chosen.isEmpty()) {
            throw new BadInputException("no algorithms are registered");
        }
        if (mutant != null) {
            for (Algorithm a : chosen) {
                if (a.mutants().stream().noneMatch(m -> m.name().equals(mutant))) {
                    throw new BadInputException("unknown mutant '" + mutant + "' of " + a.name() + "; accepted: "
                            + String.join(", ", a.mutants().stream().map(m -> m.name()).toList()));
                }
            }
        }
        List<FaultClass> faultClasses = new ArrayList<>();
        for (String f : faults.isEmpty() ? DEFAULT_FAULTS : faults) {
            faultClasses.add(FaultClass.parse(f));
        }
        if (thirdParty.given() && faults.isEmpty()) {
            // Your election is checked under what you say it tolerates; --faults names the classes instead.
            faultClasses.retainAll(chosen.get(0).assumptions().admitted());
        }
        Flags.range("--validate-traces", validateTraces, 0, runs);
        if (validateTraces > 0) {
            for (Algorithm a : chosen) {
                if (a.tlaModule() == null) {
                    throw new BadInputException(a.name() + " has no TLA+ specification yet, so --validate-traces"
                            + " cannot check it; choose with --algorithm among those that have one");
                }
            }
        }
        NodeRange range = NodeRange.parse(nodes);
        DriftBound drift = driftOption.bound();
        OutputFolder.prepare(out, "--out");
        Checker checker = new Checker(new Checker.Plan(chosen, mutant, faultClasses, range, runs, seedOption.first(),
                out, validateTraces, thirdParty.given() ? thirdParty.replayFlags() : "", drift), new Report(out)::writeCheck);
        if (coverage) {
            checker.withCoverage();
        }
        List<CellResult> results = checker.run(progress.wanted());
        PrintWriter w = spec.commandLine().getOut();
        MatrixTable.print(results, w);
        for (Algorithm a : coverage ? chosen : List.<Algorithm>of()) {
            Coverage c = checker.coverage().get(a.name());
            List<String> never = c.neverOccurred(a);
            w.printf("%ncoverage of %s after %d runs: %d abstract states, %d transitions%n", a.name(), c.runs(), c.states(),
                    c.transitions());
            if (never != null) {
                w.printf("  spec actions that never occurred: %s%n", never.isEmpty() ? "none" : String.join(", ", never));
            }
        }
        w.println();
        w.println("results: " + out.resolve("results.json"));
        if (thirdParty.given() && results.stream().anyMatch(r -> r.counterexample() != null)) {
            w.println("replay a counterexample of your election with: ./electorate replay FILE" + thirdParty.replayFlags());
        }
        boolean unexpected = results.stream().anyMatch(r -> r.verdict() == CellVerdict.VIOLATED_UNEXPECTED);
        boolean inconclusive = results.stream().anyMatch(r -> r.verdict() == CellVerdict.INCONCLUSIVE);
        if (inconclusive) {
            w.println("inconclusive: some runs reached the simulator's cap of " + Simulator.MAX_STEPS + " steps before"
                    + " Termination could be decided; fewer nodes (--nodes) give whole runs");
        }
        w.flush();
        return unexpected ? Main.VIOLATION : inconclusive ? Main.UNDECIDED : Main.OK;
    }
}
