package dev.electorate.harness.check;

import dev.electorate.harness.fault.DriftBound;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.Choices;
import dev.electorate.harness.sim.RecordingChoices;
import dev.electorate.harness.sim.ReplayChoices;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One run made wholly from a choice sequence: the fault class, the cluster, the faults, then the
 * network and the nodes, all drawn in that order, so that the sequence alone determines the run.
 *
 * @param sequence   the choices actually consumed (clamped, zero-filled), the run's canonical form; after
 *                   {@link Shrinker#withoutNeedlessFaults} the run may hold fewer faults than it makes
 * @param run        the run spec, whose {@code choices} are the part of the sequence after the faults: it
 *                   alone replays the run
 * @param trace      the run's trace
 * @param violations what it broke
 */
public record Attempt(List<Integer> sequence, RunSpec run, Trace trace, List<Violation> violations) {

    /** Makes and runs the attempt that {@code sequence} stands for, in one fault class. */
    public static Attempt of(List<Integer> sequence, Algorithm algorithm, String mutant, NodeRange nodes,
                             FaultClass faultClass, long seed) {
        return of(sequence, algorithm, mutant, nodes, List.of(faultClass), seed);
    }

    /**
     * Makes and runs the attempt that {@code sequence} stands for; its first choice picks one of
     * {@code classes} (see {@link Generators#faultClass}).
     */
    public static Attempt of(List<Integer> sequence, Algorithm algorithm, String mutant, NodeRange nodes,
                             List<FaultClass> classes, long seed) {
        return of(sequence, algorithm, mutant, nodes, classes, seed, DriftBound.UNBOUNDED);
    }

    /** As {@link #of(List, Algorithm, String, NodeRange, List, long)}, skewed clocks drifting within {@code drift}. */
    public static Attempt of(List<Integer> sequence, Algorithm algorithm, String mutant, NodeRange nodes,
                             List<FaultClass> classes, long seed, DriftBound drift) {
        return of(new ReplayChoices(sequence), algorithm, mutant, nodes, classes, seed, drift);
    }

    /**
     * Makes and runs the attempt whose choices come from {@code source}; its {@link #sequence} replays it
     * exactly, whatever the source was.
     */
    public static Attempt of(Choices source, Algorithm algorithm, String mutant, NodeRange nodes,
                             List<FaultClass> classes, long seed, DriftBound drift) {
        return of(source, algorithm, choices -> Generators.run(choices, algorithm, mutant, nodes, classes, seed, drift));
    }

    /**
     * Makes the run {@code maker} draws from {@code source}, then runs it on the choices that follow;
     * its {@link #sequence} replays it exactly through the same maker.
     */
    public static Attempt of(Choices source, Algorithm algorithm, Function<Choices, RunSpec> maker) {
        RecordingChoices choices = new RecordingChoices(source);
        RunSpec spec = maker.apply(choices);
        int generated = choices.count();
        Trace trace = Runs.simulate(spec, choices);
        List<Integer> used = new ArrayList<>(choices.drawn());
        // Trailing zeros say nothing a shorter sequence does not: replay yields 0 past the end.
        while (!used.isEmpty() && used.get(used.size() - 1) == 0) {
            used.remove(used.size() - 1);
        }
        RunSpec replayable = spec.withChoices(used.subList(Math.min(generated, used.size()), used.size()));
        return new Attempt(used, replayable, trace, RunOutcome.decidedViolations(trace, algorithm));
    }

    /**
     * This attempt's run with {@code schedule} in place of its own, on the same network choices, run
     * again (the sequence is kept as this attempt's).
     */
    public Attempt withSchedule(Algorithm algorithm, FaultSchedule schedule) {
        RunSpec changed = new RunSpec(run.algorithm(), run.mutant(), run.members(), run.seed(), run.faultClass(),
                schedule, run.choices());
        Trace again = Runs.execute(changed);
        return new Attempt(sequence, changed, again, RunOutcome.decidedViolations(again, algorithm));
    }

    /** How many leading values of {@link #sequence} made the fault class, the cluster and the faults. */
    public int faultChoices() {
        return sequence.size() - run.choices().size();
    }

    /** This attempt's run cut where it fails {@code property} (see {@link ViolationCut}). */
    public Attempt cut(Algorithm algorithm, String property) {
        ViolationCut c = ViolationCut.of(algorithm, run, trace, violation(property));
        return c.run() == run ? this
                : new Attempt(sequence, c.run(), c.trace(), RunOutcome.decidedViolations(c.trace(), algorithm));
    }

    /** Steps the failure of {@code property} needs (see {@link ViolationCut#length}). */
    public long length(String property) {
        return ViolationCut.length(trace, violation(property));
    }

    public boolean violates(String property) {
        return violations.stream().anyMatch(v -> v.property().equals(property));
    }

    public Violation violation(String property) {
        return violations.stream().filter(v -> v.property().equals(property)).findFirst().orElseThrow();
    }
}
