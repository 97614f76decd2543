package dev.electorate.harness.cli;

import dev.electorate.harness.check.CellResult;
import dev.electorate.harness.check.CellVerdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the verdict matrix as a plain-text table, one row per (algorithm, fault class). */
final class MatrixTable {

    private MatrixTable() {}

    static void print(List<CellResult> results, PrintWriter w) {
        String format = "%-15s %-14s %6s  %-20s %-12s %-12s %s%n";
        w.printf(format, "algorithm", "faults", "runs", "verdict", "msgs/elect", "ticks/elect", "violations");
        w.printf(format, "", "", "", "", "(med / p99)", "(med / p99)", "");
        for (CellResult r : results) {
            String violations = r.byProperty().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            String verdict = r.verdict().label() + (r.admitted() ? "" : r.verdict() == CellVerdict.HOLDS ? "" : "");
            w.printf(format, r.algorithm(), r.faultClass(), r.runs(), verdict, r.messagesToElect(),
                    r.ticksToElect(), violations.isEmpty() ? (r.admitted() ? "" : "(outside assumptions)") : violations);
        }
        List<CellResult> validated = results.stream().filter(r -> r.validation() != null).toList();
        if (!validated.isEmpty()) {
            w.println();
            w.println("Trace validation against the TLA+ specification (TLC):");
            for (CellResult r : validated) {
                var v = r.validation();
                w.printf("  %-15s %-14s %s traces accepted in %.1f s%s%n", r.algorithm(), r.faultClass(), v.summary(),
                        v.seconds(), v.firstRejection() == null ? "" : "; first rejected: " + v.firstRejection());
                if (v.broken() > 0) {
                    w.printf("    %d accepted trace(s) break an invariant of the spec; first: %s%n", v.broken(), v.firstBroken());
                }
                w.printf("    actions: %s%n", v.actions().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                        + (v.unexercised().isEmpty() ? "" : "; not exercised: " + String.join(", ", v.unexercised())));
            }
        }
        List<CellResult> withCounterexamples = results.stream().filter(r -> r.counterexample() != null).toList();
        if (!withCounterexamples.isEmpty()) {
            w.println();
            w.println("Counterexamples (shrunk):");
            for (CellResult r : withCounterexamples) {
                var c = r.counterexample();
                w.printf("  %s / %s: %s%n", r.algorithm(), r.faultClass(), c.violation());
                w.printf("    %d nodes %s, %d steps, faults: %s%n", c.run().members().size(), c.run().members(),
                        c.steps(), c.run().schedule().describe());
                w.printf("    replay: %s%n", c.replayCommand());
            }
        }
    }

    static String counts(Map<String, Integer> byProperty) {
        return byProperty.toString();
    }
}
