package dev.electorate.harness.cli;

import dev.electorate.harness.check.Counterexample;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.check.Coverage;
import dev.electorate.harness.explore.Explorer;
import dev.electorate.harness.explore.GuidedExplorer;
import dev.electorate.harness.fault.DriftBound;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.report.Report;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code electorate explore}: property-based search for a failing run, shrunk to its smallest form. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = "Tries runs until one violates a property, then shrinks it and writes a replay file"
                + " and index.html with its timeline.")
public final class ExploreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--algorithm", paramLabel = "A",
            description = "Algorithm to explore (or your own, with --node-class or --node-cmd).")
    String algorithm;

    @Option(names = "--mutant", paramLabel = "M", description = "Explore this mutant instead of the algorithm.")
    String mutant;

    @Option(names = "--faults", paramLabel = "F", split = ",",
            description = "Fault classes, taken in turn (default: those inside the algorithm's assumptions).")
    List<String> faults = new ArrayList<>();

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "3..7", description = "Cluster sizes (default: ${DEFAULT-VALUE}; with --exhaustive one size, default 3).")
    String nodes;

    @Option(names = "--tries", paramLabel = "T", defaultValue = "2000", description = "Runs to try (default: ${DEFAULT-VALUE}).")
    int tries;

    @Mixin
    DriftOption driftOption = new DriftOption();

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Option(names = "--shrink-budget", paramLabel = "K", defaultValue = "3000",
            description = "Most re-runs spent shrinking (default: ${DEFAULT-VALUE}).")
    int shrinkBudget;

    @Option(names = "--guided",
            description = "Guide the search by coverage: mutate the runs that reached new abstract states (see docs/exploration.md).")
    boolean guided;

    @Option(names = "--coverage",
            description = "Report the abstract states and transitions the runs reached, and how often each action occurred.")
    boolean coverage;

    @Option(names = "--exhaustive",
            description = "Enumerate every schedule of the Java nodes breadth-first within the bounds of the"
                    + " algorithm's TLC model, instead of sampling runs (docs/exploration.md).")
    boolean exhaustive;

    @Option(names = "--conformance",
            description = "With --exhaustive: compare the Java states, projected onto the spec variables the nodes"
                    + " record, with the states TLC reaches in the same model (exit 1 when a Java state is not a"
                    + " spec state; docs/exploration.md).")
    boolean conformance;

    @Option(names = "--fault-free",
            description = "With --conformance: the model with every fault budget (MaxCrashes, MaxEarly, ...) set to 0.")
    boolean faultFree;

    @Option(names = "--model", paramLabel = "CONFIG",
            description = "With --exhaustive: the TLC model whose constants bound the search (default: the mutant's"
                    + " model, else MC<Name><n>Faults, else the first passing model of that size).")
    String model;

    @Option(names = "--max-states", paramLabel = "K", defaultValue = "20000000",
            description = "With --exhaustive: stop after this many distinct states (default: ${DEFAULT-VALUE}).")
    long maxStates;

    @Option(names = "--max-depth", paramLabel = "D", defaultValue = "1000",
            description = "With --exhaustive: expand no state deeper than this (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--all-draws",
            description = "With --exhaustive: enumerate every value of every random draw, even one that only picks a"
                    + " timer's delay (by default a draw whose lowest, middle and highest values give the same next"
                    + " state is taken once).")
    boolean allDraws;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "electorate-out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ProgressOption progressOption;

    @Mixin
    ThirdPartyOptions thirdParty = new ThirdPartyOptions();

    /** One cluster size: the default range means 3. */
    private int exhaustiveNodes() {
        if (nodes.equals("3..7")) {
            return 3;
        }
        try {
            int n = Integer.parseInt(nodes.strip());
            if (n < 2) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadInputException("--nodes with --exhaustive is one cluster size of at least 2 (the TLC model's),"
                    + " got '" + nodes + "'");
        }
    }

    @Override
    public Integer call() {
        thirdParty.requireConsistent();
        if ((algorithm == null) == !thirdParty.given()) {
            throw new BadInputException("name what to explore: --algorithm A, or your own election with --node-class"
                    + " or --node-cmd (one of them)");
        }
        Algorithm a = thirdParty.given() ? thirdParty.algorithm() : Algorithms.byName(algorithm);
        MutantsCommand.requireMutant(a, mutant);
        picocli.CommandLine.ParseResult given = spec.commandLine().getParseResult();
        List<String> sampling = java.util.stream.Stream.of("--faults", "--tries", "--seed", "--shrink-budget", "--guided", "--coverage")
                .filter(given::hasMatchedOption).toList();
        List<String> enumerating = java.util.stream.Stream.of("--model", "--max-states", "--max-depth", "--all-draws",
                        "--conformance", "--fault-free")
                .filter(given::hasMatchedOption).toList();
        if (exhaustive && !sampling.isEmpty()) {
            throw new BadInputException(String.join(", ", sampling) + " drive the random search, not --exhaustive"
                    + " (whose faults and bounds come from the TLC model): drop them, or drop --exhaustive");
        }
        if (!exhaustive && !enumerating.isEmpty()) {
            throw new BadInputException(String.join(", ", enumerating) + " bound an exhaustive exploration: add"
                    + " --exhaustive");
        }
        if (exhaustive && thirdParty.nodeCmd != null) {
            throw new BadInputException("--exhaustive explores nodes it can snapshot, and a --node-cmd node's state lives"
                    + " in its own process: explore it by random search (drop --exhaustive), or bring it as a Java class"
                    + " with --node-class");
        }
        Flags.range("--shrink-budget", shrinkBudget, 0, 1_000_000);
        // Before any work: a search that finds a counterexample must have somewhere to write it.
        dev.electorate.harness.io.OutputFolder.prepare(out, "--out");
        if (faultFree && !conformance) {
            throw new BadInputException("--fault-free chooses the variant of the model that --conformance compares: add"
                    + " --conformance");
        }
        if (conformance) {
            if (thirdParty.given()) {
                throw new BadInputException("--conformance compares an algorithm of electorate with its TLA+ spec; your"
                        + " own election has no spec here: drop --conformance, or name one with --algorithm");
            }
            List<String> unused = java.util.stream.Stream.of("--max-depth", "--all-draws")
                    .filter(given::hasMatchedOption).toList();
            if (!unused.isEmpty()) {
                throw new BadInputException(String.join(", ", unused) + " would leave states out of the comparison with"
                        + " TLC, which reaches them all: drop them from --conformance");
            }
            return new ConformanceRun(spec.commandLine().getOut(), out).run(a, mutant, exhaustiveNodes(), model,
                    faultFree, maxStates);
        }
        if (exhaustive) {
            return new ExhaustiveRun(spec.commandLine().getOut(), out, progressOption.wanted()).run(a, mutant, exhaustiveNodes(), model,
                    maxStates, maxDepth, allDraws, thirdParty.given() ? thirdParty.replayFlags() : "");
        }
        if (tries < 1) {
            throw new BadInputException("--tries must be at least 1, got " + tries);
        }
        List<FaultClass> classes = new ArrayList<>();
        for (String f : faults) {
            classes.add(FaultClass.parse(f));
        }
        if (classes.isEmpty()) {
            classes.addAll(a.assumptions().admitted());
        }
        DriftBound drift = driftOption.bound();
        Progress progress = progressOption.bar((long) tries + shrinkBudget, "runs");
        Explorer.Plan plan = new Explorer.Plan(a, mutant, NodeRange.parse(nodes), classes, tries, seedOption.first(), shrinkBudget, drift);
        Coverage covered = guided || coverage ? new Coverage() : null;
        Explorer.Outcome outcome = guided ? GuidedExplorer.explore(plan, progress, covered) : Explorer.explore(plan, progress, covered);
        progress.finish();
        PrintWriter w = spec.commandLine().getOut();
        if (coverage) {
            w.printf("coverage after %d runs%s: %d abstract states, %d transitions%n", outcome.runs(),
                    guided ? " (guided)" : "", covered.states(), covered.transitions());
            w.printf("  actions: %s%n", String.join(", ", new java.util.TreeMap<>(covered.actions()).entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toList()));
            List<String> never = covered.neverOccurred(a);
            if (never != null) {
                w.printf("  spec actions that never occurred: %s%n", never.isEmpty() ? "none" : String.join(", ", never));
            }
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("algorithm", a.name());
        if (mutant != null) {
            facts.put("mutant", mutant);
        }
        facts.put("faults", String.join(", ", classes.stream().map(FaultClass::cliName).toList()));
        facts.put("nodes", nodes);
        if (drift.bounded()) {
            facts.put("max drift", drift.describe());
        }
        facts.put("seed", Long.toString(seedOption.first()));
        Report report = new Report(out);
        if (outcome.failure().isEmpty()) {
            facts.put("result", String.format(java.util.Locale.ROOT, "no violation in %d runs (%.1f s)", outcome.runs(),
                    outcome.seconds()));
            report.writeExplore("Electorate explore", facts, null, null);
            w.printf("%s%s: no violation in %d runs (%.1f s)%n", a.name(), mutant == null ? "" : " mutant " + mutant,
                    outcome.runs(), outcome.seconds());
            w.printf("  report: %s%n", out.resolve(Report.FILE));
            w.flush();
            return Main.OK;
        }
        Explorer.Failure f = outcome.failure().get();
        Counterexample c = Counterexample.write(out.resolve("counterexamples"), f.shrunk().run(), f.violation(),
                f.shrunk().trace(), thirdParty.given() ? thirdParty.replayFlags() : "");
        facts.put("result", String.format(java.util.Locale.ROOT,
                "found after %d runs (%.2f s), shrunk with %d re-runs from %d to %d steps", f.tries(),
                f.secondsToFailure(), f.shrinkAttempts(), f.original().trace().steps().size(), c.steps()));
        // The counterexample's files are written; print it before the report, which may still fail.
        w.printf("%s%s: %s%n", a.name(), mutant == null ? "" : " mutant " + mutant, f.violation());
        w.printf("  found after %d runs (%.2f s); shrunk with %d re-runs%n", f.tries(), f.secondsToFailure(),
                f.shrinkAttempts());
        int before = f.original().run().schedule().faults().size();
        w.printf("  before shrinking: %d nodes, %d %s, %d steps%n", f.original().run().members().size(),
                before, before == 1 ? "fault" : "faults", f.original().trace().steps().size());
        w.printf("  after shrinking:  %s%n", c.size());
        w.printf("  fault schedule: %s%n", c.run().schedule().describe());
        w.printf("  replay: %s%n", c.replayCommand());
        w.flush();
        writeReport(report, facts, c, f.shrunk().trace(), w);
        // A failure of the reference algorithm inside its assumptions is a bug; a mutant's is the point.
        boolean inside = a.assumptions().admits(c.run().faultClass());
        return mutant == null && inside ? Main.VIOLATION : Main.OK;
    }

    /**
     * Writes the page of a counterexample already on disk; a page that cannot be written is reported and
     * the verdict stands (the replay file is what reproduces the run).
     */
    private void writeReport(Report report, Map<String, String> facts, Counterexample c,
                             dev.electorate.spec.Trace trace, PrintWriter w) {
        try {
            report.writeExplore("Electorate explore", facts, c, trace);
            w.printf("  report: %s%n", out.resolve(Report.FILE));
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("electorate: the counterexample is kept in " + out.resolve("counterexamples")
                    + ", but its page could not be written: " + e.getMessage());
        }
        w.flush();
    }
}
