package dev.electorate.harness.cli;

import dev.electorate.harness.check.Progress;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.io.Json;
import dev.electorate.harness.io.OutputFolder;
import dev.electorate.impl.Algorithms;
import dev.electorate.tla.Model;
import dev.electorate.tla.ModelRun;
import dev.electorate.tla.Models;
import dev.electorate.tla.TlaLibrary;
import dev.electorate.tla.Tlc;
import dev.electorate.tla.TlcResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code electorate tlc}: model-checks the TLA+ specifications and their mutants with TLC. */
@Command(name = "tlc", mixinStandardHelpOptions = true,
        description = "Runs TLC on every model of the manifest (tla/models.tsv) of the algorithms' TLA+"
                + " specifications (and their mutants) and prints per model: result, distinct states, depth,"
                + " seconds and the witnesses reached (the dangerous situations the model met). With --simulate,"
                + " runs TLC's simulation mode on the simulation models instead (random behaviours, deep).")
public final class TlcCommand implements Callable<Integer> {

    /** The longest --timeout and --seconds: a week, far beyond any model of the manifest, and no overflow. */
    static final long MAX_TIMEOUT_SECONDS = 7 * 24 * 3600;

    @Spec
    CommandSpec spec;

    @Option(names = "--algorithm", paramLabel = "A", description = "Only this algorithm's models (repeatable).")
    List<String> algorithms = new ArrayList<>();

    @Option(names = "--nodes", paramLabel = "N", description = "Only models of N nodes.")
    Integer nodes;

    // fallbackValue: without it picocli sets a negatable option whose default is true to false when it is given.
    @Option(names = "--mutants", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also check the mutant models, which TLC must reject (default: ${DEFAULT-VALUE}).")
    boolean mutants;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Time limit per model (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "electorate-out",
            description = "Output folder; TLC works in DIR/tlc and tlc.json is written there (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--long", description = "Also check the long suite's models (minutes each).")
    boolean longSuite;

    @Option(names = "--simulate", description = "Run TLC's simulation mode on the simulation models (N=5 or more)"
            + " for --seconds each, behaviours of --depth states, instead of model checking.")
    boolean simulate;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60",
            description = "With --simulate: seconds per model (default: ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--depth", paramLabel = "D", defaultValue = "200",
            description = "With --simulate: states per behaviour (default: ${DEFAULT-VALUE}).")
    int depth;

    @Mixin
    ProgressOption progressOption;

    @Override
    public Integer call() {
        for (String a : algorithms) {
            Algorithms.byName(a); // an unknown name fails with the accepted ones
        }
        if (nodes != null && nodes < 2) {
            throw new BadInputException("--nodes must be at least 2, got " + nodes);
        }
        if (timeout < 1 || timeout > MAX_TIMEOUT_SECONDS) {
            throw new BadInputException("--timeout must be 1 to " + MAX_TIMEOUT_SECONDS + " seconds (a week), got "
                    + timeout);
        }
        if (simulate && (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS || depth < 2)) {
            throw new BadInputException("--seconds must be 1 to " + MAX_TIMEOUT_SECONDS + " and --depth at least 2, got "
                    + seconds + " and " + depth);
        }
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (!simulate && (parsed.hasMatchedOption("--seconds") || parsed.hasMatchedOption("--depth"))) {
            throw new BadInputException("--seconds and --depth set TLC's simulation mode; add --simulate, or drop them");
        }
        if (simulate && (longSuite || parsed.hasMatchedOption("--mutants"))) { // matched by --no-mutants too
            throw new BadInputException("--simulate runs the simulation models only; --long, --mutants and --no-mutants"
                    + " choose among the models TLC checks: drop them or drop --simulate");
        }
        OutputFolder.prepare(out, "--out");
        List<Model> chosen = Models.all().stream()
                .filter(m -> simulate ? m.suite() == Model.Suite.SIMULATE
                        : m.suite() == Model.Suite.DEFAULT || (longSuite && m.suite() == Model.Suite.LONG))
                .filter(m -> algorithms.isEmpty() || algorithms.contains(m.algorithm()))
                .filter(m -> nodes == null || m.nodes() == nodes)
                .filter(m -> mutants || !m.isMutant())
                .toList();
        if (chosen.isEmpty()) {
            throw new BadInputException("no TLC " + (simulate ? "simulation " : "") + "model matches --algorithm "
                    + algorithms + " --nodes " + nodes
                    + "; models exist for: " + Models.all().stream().map(m -> m.algorithm() + "/" + m.nodes())
                    .distinct().toList());
        }
        Path work = TlaLibrary.extractTo(out.resolve("tlc"));
        PrintWriter w = spec.commandLine().getOut();
        if (simulate) {
            return simulate(chosen, work, w);
        }
        String format = "%-30s %-4s %-22s %-22s %12s %6s %9s%n";
        w.printf(format, "model", "n", "expected", "result", "states", "depth", "seconds");
        w.flush();
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean allAsExpected = true;
        Progress progress = progressOption.bar(chosen.size(), "models");
        for (Model m : chosen) {
            ModelRun run = new Tlc(work).timeout(Duration.ofSeconds(timeout)).check(m);
            TlcResult r = run.result();
            List<String> problems = run.problems();
            boolean ok = problems.isEmpty();
            progress.step(!ok);
            allAsExpected &= ok;
            String result = r instanceof TlcResult.SpecError e ? "spec-error" : r.label();
            w.printf(format, m.module(), m.nodes(), m.expect(), result + (ok ? "" : "  UNEXPECTED"),
                    String.format("%,d", r.stats().distinctStates()), r.stats().depth(),
                    String.format("%.1f", r.stats().seconds()));
            if (!run.reached().isEmpty()) {
                w.println("    witnesses reached (depth): " + run.reached().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
            }
            if (r instanceof TlcResult.SpecError e) {
                w.println("    " + e.describe());
            } else {
                problems.forEach(p -> w.println("    " + p));
            }
            w.flush();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", m.module());
            row.put("algorithm", m.algorithm());
            row.put("nodes", m.nodes());
            row.put("expected", m.expect().toString());
            row.put("result", r.label());
            row.put("asExpected", ok);
            row.put("distinctStates", r.stats().distinctStates());
            row.put("depth", r.stats().depth());
            row.put("seconds", r.stats().seconds());
            row.put("witnesses", new java.util.TreeMap<>(run.reached()));
            row.put("problems", problems);
            if (r instanceof TlcResult.SpecError e) {
                row.put("error", e.describe());
            }
            rows.add(row);
            write(rows);
        }
        progress.finish();
        return allAsExpected ? Main.OK : Main.VIOLATION;
    }

    /** TLC's simulation mode on each chosen model: random behaviours for a time, every state checked. */
    private int simulate(List<Model> chosen, Path work, PrintWriter w) {
        String format = "%-30s %-4s %-22s %14s %16s %6s %9s%n";
        w.printf(format, "model", "n", "result", "states", "behaviours >=", "depth", "seconds");
        w.flush();
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean allHeld = true;
        Progress progress = progressOption.bar(chosen.size(), "models");
        for (Model m : chosen) {
            TlcResult r = new Tlc(work).timeout(Duration.ofSeconds(seconds + timeout)).simulate(m.module(), m.config(), depth, seconds);
            boolean held = r instanceof TlcResult.Passed;
            allHeld &= held;
            progress.step(!held);
            long states = r.stats().distinctStates();
            // Every behaviour has at most depth states, so states / depth behaviours at least were generated.
            long behaviours = held ? states / depth : 0;
            w.printf(format, m.config(), m.nodes(), held ? "held" : r.label() + "  VIOLATED",
                    String.format("%,d", states), String.format("%,d", behaviours), depth,
                    String.format("%.1f", r.stats().seconds()));
            if (r instanceof TlcResult.SpecError e) {
                w.println("    " + e.describe());
            } else if (r instanceof TlcResult.InvariantViolated v) {
                w.println("    " + v.invariant() + " violated after " + v.trace().size() + " states; the trace is in "
                        + work.resolve("tlc-" + m.config() + ".out"));
            }
            w.flush();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", m.config());
            row.put("algorithm", m.algorithm());
            row.put("nodes", m.nodes());
            row.put("result", held ? "held" : r.label());
            row.put("statesGenerated", states);
            row.put("behavioursAtLeast", behaviours);
            row.put("depth", depth);
            row.put("seconds", r.stats().seconds());
            rows.add(row);
            write(rows);
        }
        progress.finish();
        return allHeld ? Main.OK : Main.VIOLATION;
    }

    private void write(List<Map<String, Object>> rows) {
        OutputFolder.writeJson(out.resolve("tlc.json"), Map.of("models", rows)); // whole, after every model
    }
}
