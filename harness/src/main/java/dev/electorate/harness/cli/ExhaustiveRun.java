package dev.electorate.harness.cli;

import dev.electorate.harness.check.Counterexample;
import dev.electorate.harness.exhaustive.ExhaustiveExplorer;
import dev.electorate.harness.exhaustive.ModelBounds;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.report.Report;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.spec.Algorithm;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code electorate explore --exhaustive}: the console lines, the report and the replay file of one exploration. */
final class ExhaustiveRun {

    private final PrintWriter w;
    private final Path out;
    private final boolean progress;

    /** {@code progress}: draw a status line on standard error (when it is a terminal). */
    ExhaustiveRun(PrintWriter w, Path out, boolean progress) {
        this.w = w;
        this.out = out;
        this.progress = progress && System.console() != null;
    }

    int run(Algorithm a, String mutant, int nodes, String model, long maxStates, int maxDepth, boolean allDraws,
            String replayFlags) {
        if (maxStates < 1) {
            throw new BadInputException("--max-states must be at least 1, got " + maxStates);
        }
        if (maxDepth < 1) {
            throw new BadInputException("--max-depth must be at least 1, got " + maxDepth);
        }
        ModelBounds bounds = ModelBounds.choose(a.name(), nodes, mutant, model);
        long begin = System.nanoTime();
        long[] lastDrawn = {begin};
        ExhaustiveExplorer.Result r = ExhaustiveExplorer.explore(
                new ExhaustiveExplorer.Plan(a, mutant, bounds, maxStates, maxDepth, allDraws), (expanded, states, depth) -> {
                    long now = System.nanoTime();
                    if (progress && now - lastDrawn[0] > 1_000_000_000L) {
                        lastDrawn[0] = now;
                        System.err.printf(Locale.ROOT, "\r%,d states, %,d expanded, depth %d, %,.0f states/s   ", states,
                                expanded, depth, states / ((now - begin) / 1e9));
                        System.err.flush();
                    }
                });
        if (progress && lastDrawn[0] != begin) {
            System.err.print("\r" + " ".repeat(79) + "\r");
            System.err.flush();
        }
        String name = a.name() + (mutant == null ? "" : " mutant " + mutant);
        String figures = String.format(Locale.ROOT, "%,d distinct states, %,d transitions, depth %d, %.2f s"
                + " (%.2f s of CPU), %,.0f states/s (%,.0f per CPU second)", r.states(), r.transitions(), r.depth(),
                r.seconds(), r.cpuSeconds(), r.statesPerSecond(), r.statesPerCpuSecond());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("algorithm", a.name());
        if (mutant != null) {
            facts.put("mutant", mutant);
        }
        facts.put("nodes", bounds.members().toString());
        facts.put("bounds", bounds.describe());
        facts.put("explored", figures);
        w.printf("%s: exhaustive exploration, nodes %s, bounds of %s%n", name, bounds.members(), bounds.describe());
        w.printf("  %s%n", figures);
        if (r.pruned() > 0) {
            w.printf("  %,d states past a bound of the model (a Max constant, its CONSTRAINT, MaxChan) checked but not expanded%n", r.pruned());
        }
        if (!r.unusedBounds().isEmpty()) {
            w.printf("  not applied (no recorded variable of that name): %s%n", String.join(", ", r.unusedBounds()));
        }
        if (!bounds.ignored().isEmpty()) {
            w.printf("  constants without a Java meaning: %s%n", String.join(", ", bounds.ignored().keySet()));
        }
        if (r.clockRead()) {
            w.printf("  note: the nodes read the clock, which stands still here and lets every timer fire in any"
                    + " order: what they owe to time (leases, session expiry) is not modelled, so a violation may be"
                    + " a false alarm and no violation covers no timing%n");
        }
        Report report = new Report(out);
        if (r.violation().isEmpty()) {
            String verdict = r.complete() ? "no violation: every state within the bounds explored"
                    : String.format(Locale.ROOT, "no violation in the %,d states explored (cut by --max-states or"
                    + " --max-depth: not every state within the bounds)", r.states());
            facts.put("result", verdict);
            report.writeExplore("Electorate explore --exhaustive", facts, null, null);
            w.printf("  %s%n", verdict);
            w.printf("  report: %s%n", out.resolve(Report.FILE));
            w.flush();
            return Main.OK;
        }
        ExhaustiveExplorer.Found f = r.violation().get();
        RunSpec run = RunSpec.exhaustivePath(a, mutant, bounds.members());
        Counterexample c = Counterexample.writeExhaustive(out.resolve("counterexamples"), run, f.violation(),
                f.trace(), f.path(), replayFlags, bounds.config());
        facts.put("result", "violation on a shortest path of " + f.path().size() + " moves: " + f.violation());
        report.writeExplore("Electorate explore --exhaustive", facts, c, f.trace());
        w.printf("  %s%n", f.violation());
        w.printf("  shortest path: %d moves%n", f.path().size());
        for (int i = 0; i < f.path().size(); i++) {
            w.printf("    %2d. %s%n", i + 1, f.path().get(i).describe());
        }
        w.printf("  replay: %s%n", c.replayCommand());
        w.printf("  report: %s%n", out.resolve(Report.FILE));
        w.flush();
        // Inside the model's bounds a violation of the algorithm itself is a bug (unless it may owe its
        // safety to time, which is abstract here); a mutant's is the point.
        return mutant == null && !r.clockRead() ? Main.VIOLATION : Main.OK;
    }
}
