package dev.electorate.harness.check;

import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import dev.electorate.spec.property.Termination;
import dev.electorate.spec.property.Violation;
import java.util.List;

/**
 * A failing run cut where it fails: after its violating step for a safety property, at the deadline
 * for Termination, so that a counterexample shows nothing the violation does not need.
 *
 * @param run       the run spec, with its cut (replaying it gives {@code trace})
 * @param trace     the cut run's trace
 * @param violation the violation the cut run shows first
 */
public record ViolationCut(RunSpec run, Trace trace, Violation violation) {

    private static final String TERMINATION = new Termination().name();

    /**
     * {@code run}, which shows {@code violation} first, cut where it fails; the run as it is when
     * the cut one would not show the same violation first (a property that needs the run's end).
     */
    public static ViolationCut of(Algorithm algorithm, RunSpec run, Trace trace, Violation violation) {
        RunSpec cut;
        if (violation.property().equals(TERMINATION)) {
            long deadline = deadline(trace.header());
            if (deadline >= trace.header().horizon()) {
                return new ViolationCut(run, trace, violation);
            }
            cut = run.stoppedAt(deadline);
        } else {
            if (violation.step() + 1 >= trace.steps().size()) {
                return new ViolationCut(run, trace, violation);
            }
            cut = run.cutAfter(Math.toIntExact(violation.step() + 1));
        }
        Trace shorter = Runs.execute(cut);
        List<Violation> again = RunOutcome.decidedViolations(shorter, algorithm);
        boolean same = !again.isEmpty() && again.get(0).property().equals(violation.property())
                && (violation.property().equals(TERMINATION) || again.get(0).step() == violation.step());
        return same ? new ViolationCut(cut, shorter, again.get(0)) : new ViolationCut(run, trace, violation);
    }

    /**
     * The steps a counterexample of {@code violation} needs: up to its violating step, or for
     * Termination every step up to the deadline. Shrinking compares runs on it.
     */
    public static long length(Trace trace, Violation violation) {
        if (!violation.property().equals(TERMINATION)) {
            return violation.step() + 1;
        }
        long deadline = deadline(trace.header());
        long n = 0;
        for (Step s : trace.steps()) {
            if (s.time() <= deadline) {
                n++;
            }
        }
        return n;
    }

    private static long deadline(TraceHeader header) {
        return header.healedAt() + header.terminationBound();
    }
}
