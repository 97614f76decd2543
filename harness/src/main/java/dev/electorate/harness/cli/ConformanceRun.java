package dev.electorate.harness.cli;

import dev.electorate.harness.check.Counterexample;
import dev.electorate.harness.exhaustive.Conformance;
import dev.electorate.harness.exhaustive.ExhaustiveExplorer;
import dev.electorate.harness.exhaustive.ModelBounds;
import dev.electorate.harness.exhaustive.SpecOnly;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code electorate explore --exhaustive --conformance}: the Java states against TLC's in one model,
 * both projected onto the recorded spec variables; exit 1 when a Java state lies outside the spec.
 */
final class ConformanceRun {

    private final PrintWriter w;
    private final Path out;

    ConformanceRun(PrintWriter w, Path out) {
        this.w = w;
        this.out = out;
    }

    int run(Algorithm a, String mutant, int nodes, String model, boolean faultFree, long maxStates) {
        if (maxStates < 1) {
            throw new BadInputException("--max-states must be at least 1, got " + maxStates);
        }
        ModelBounds bounds = ModelBounds.choose(a.name(), nodes, mutant, model);
        Conformance.Report r = Conformance.check(a, mutant, bounds, faultFree, maxStates, out.resolve("tlc"),
                Duration.ofMinutes(30));
        String name = a.name() + (mutant == null ? "" : " mutant " + mutant);
        w.printf("%s: conformance with TLC in %s%s%n", name, bounds.config(), r.overrides().isEmpty() ? ""
                : " with " + r.overrides());
        w.printf("  Java states: %,d%s; projected onto %s: %,d%n", r.javaStates(),
                r.complete() ? "" : " (cut by --max-states: not every state within the bounds)",
                r.recorded(), r.javaProjected());
        w.printf("  TLC states: %,d; projected: %,d%n", r.tlcStates(), r.tlcProjected());
        if (r.equal()) {
            w.printf("  equal: the projected sets are the same%n");
        }
        List<SpecOnly> kinds = SpecOnly.of(a.name());
        for (Map.Entry<String, Long> e : r.specOnly().entrySet()) {
            if (e.getValue() > 0) {
                String reason = kinds.stream().filter(k -> k.name().equals(e.getKey())).findFirst()
                        .map(SpecOnly::reason).orElse("");
                w.printf("  %,d spec states the Java nodes cannot reach, documented (%s): %s%n", e.getValue(),
                        e.getKey(), reason);
            }
        }
        if (r.unexplainedCount() > 0) {
            w.printf("  %,d spec states the Java nodes do not reach, not documented%s:%n", r.unexplainedCount(),
                    r.unexplainedCount() > r.unexplained().size() ? " (the first " + r.unexplained().size() + ")" : "");
            r.unexplained().forEach(s -> w.printf("    %s%n", s));
        }
        if (r.conforms()) {
            w.printf("  conforms: every projected Java state is a state of the spec%n");
            w.flush();
            return Main.OK;
        }
        w.printf("  CONFORMANCE FAILURE: %,d projected Java states are not states of the spec%s%n", r.javaOnlyCount(),
                r.javaOnlyCount() > r.javaOnly().size() ? " (the first " + r.javaOnly().size() + ")" : "");
        for (Conformance.JavaOnly j : r.javaOnly()) {
            w.printf("    %s, after %d moves%n", j.state(), j.path().size());
        }
        Conformance.JavaOnly first = r.javaOnly().get(0);
        w.printf("  shortest path to %s:%n", first.state());
        for (int i = 0; i < first.path().size(); i++) {
            w.printf("    %2d. %s%n", i + 1, first.path().get(i).describe());
        }
        Trace trace = ExhaustiveExplorer.replay(a, mutant, bounds.members(), first.path());
        long last = trace.steps().size() - 1;
        RunSpec run = RunSpec.exhaustivePath(a, mutant, bounds.members());
        Counterexample c = Counterexample.writeExhaustive(out.resolve("counterexamples"), run,
                new Violation(Counterexample.CONFORMANCE, last, last, "a state the spec " + bounds.config() + " lacks: "
                        + first.state()), trace, first.path(), "");
        w.printf("  replay: %s%n", c.replayCommand());
        w.flush();
        return Main.VIOLATION;
    }
}
