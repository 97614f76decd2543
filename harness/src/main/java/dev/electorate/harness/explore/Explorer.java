package dev.electorate.harness.explore;

import dev.electorate.harness.check.Attempt;
import dev.electorate.harness.check.Coverage;
import dev.electorate.harness.check.Generators;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.check.Shrinker;
import dev.electorate.harness.fault.DriftBound;
import dev.electorate.harness.sim.RecordingChoices;
import dev.electorate.harness.sim.SeededChoices;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.property.Violation;
import java.util.List;
import java.util.Optional;

/**
 * Property-based exploration: tries seeded choice sequences until one fails a property, then
 * shrinks that sequence to the smallest run that still fails the same property.
 */
public final class Explorer {

    /**
     * Limits and scope of an exploration.
     *
     * @param faults            the fault classes; each run draws one as its first choice, simplest first
     * @param tries             most runs tried before giving up
     * @param seed              the first run's seed; run {@code t} uses {@code seed + t}
     * @param maxShrinkAttempts most re-runs spent shrinking a failure
     * @param drift             how far the clock-skew class's clocks may drift
     */
    public record Plan(Algorithm algorithm, String mutant, NodeRange nodes, List<FaultClass> faults, int tries,
                       long seed, int maxShrinkAttempts, DriftBound drift) {

        public Plan(Algorithm algorithm, String mutant, NodeRange nodes, List<FaultClass> faults, int tries,
                    long seed, int maxShrinkAttempts) {
            this(algorithm, mutant, nodes, faults, tries, seed, maxShrinkAttempts, DriftBound.UNBOUNDED);
        }
    }

    /**
     * A failure found and shrunk.
     *
     * @param original  the first failing attempt
     * @param shrunk    the smallest failing attempt found
     * @param violation the violation the shrunk attempt shows
     * @param tries     runs tried until the first failure (1-based)
     * @param secondsToFailure seconds until the first failure
     * @param shrinkAttempts   re-runs spent shrinking
     */
    public record Failure(Attempt original, Attempt shrunk, Violation violation, int tries, double secondsToFailure,
                          int shrinkAttempts) {}

    /** How an exploration ended: a failure, or the number of runs that all passed. */
    public record Outcome(Optional<Failure> failure, int runs, double seconds) {}

    private Explorer() {}

    public static Outcome explore(Plan plan) {
        return explore(plan, Progress.quiet());
    }

    /**
     * Explores, stepping {@code progress} once per run tried and per shrinking re-run; the caller
     * counts {@code tries + maxShrinkAttempts} runs for it, and what is not spent is taken off again.
     */
    public static Outcome explore(Plan plan, Progress progress) {
        return explore(plan, progress, null);
    }

    /** As {@link #explore(Plan, Progress)}, adding every run's trace to {@code coverage} when it is not null. */
    public static Outcome explore(Plan plan, Progress progress, Coverage coverage) {
        long start = System.nanoTime();
        for (int t = 0; t < plan.tries(); t++) {
            long seed = plan.seed() + t;
            // A seed only produces the first sequence: record it, then work on the sequence. The
            // fault class is its first choice, so shrinking can move a failure to a simpler class.
            RecordingChoices first = new RecordingChoices(new SeededChoices(seed));
            Attempt attempt = Attempt.of(draw(first, plan, seed), plan.algorithm(), plan.mutant(), plan.nodes(),
                    plan.faults(), seed, plan.drift());
            if (coverage != null) {
                coverage.add(attempt.trace());
            }
            progress.step(!attempt.violations().isEmpty());
            if (!attempt.violations().isEmpty()) {
                return failed(plan, attempt, t + 1, start, progress);
            }
        }
        progress.shorten(plan.maxShrinkAttempts());
        return new Outcome(Optional.empty(), plan.tries(), (System.nanoTime() - start) / 1e9);
    }

    /** The outcome of a search whose {@code tries}th run, {@code attempt}, failed: that run shrunk. */
    static Outcome failed(Plan plan, Attempt attempt, int tries, long start, Progress progress) {
        double toFailure = (System.nanoTime() - start) / 1e9;
        String property = attempt.violations().get(0).property();
        progress.shorten(plan.tries() - tries);
        long seed = attempt.run().seed();
        Shrinker.Shrunk result = Shrinker.counterexample(plan.algorithm(), attempt, seq -> {
            progress.step(false);
            return Attempt.of(seq, plan.algorithm(), plan.mutant(), plan.nodes(), plan.faults(), seed, plan.drift());
        }, plan.maxShrinkAttempts());
        Attempt shrunk = result.shrunk();
        progress.shorten(plan.maxShrinkAttempts() - result.attempts());
        return new Outcome(Optional.of(new Failure(attempt, shrunk, shrunk.violation(property), tries,
                toFailure, result.attempts())), tries, (System.nanoTime() - start) / 1e9);
    }

    /** Runs the seeded attempt once while recording every choice it makes, and returns them. */
    private static List<Integer> draw(RecordingChoices recorder, Plan plan, long seed) {
        var spec = Generators.run(recorder, plan.algorithm(), plan.mutant(), plan.nodes(), plan.faults(), seed,
                plan.drift());
        dev.electorate.harness.sim.Runs.simulate(spec, recorder);
        return recorder.drawn();
    }
}
