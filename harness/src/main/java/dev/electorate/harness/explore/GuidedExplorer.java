package dev.electorate.harness.explore;

import dev.electorate.harness.check.Attempt;
import dev.electorate.harness.check.Coverage;
import dev.electorate.harness.check.Generators;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.sim.Choices;
import dev.electorate.harness.sim.RecordingChoices;
import dev.electorate.harness.sim.SeededChoices;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Exploration guided by coverage: keeps a corpus of the choice sequences whose runs reached a coarse
 * situation or step no run had reached before ({@link Feedback}), and spends most runs on mutants of
 * them, mostly of their faults: new faults drawn on the same network choices, one fault choice changed
 * (a fault's kind, time or target), the faults of one run on the network of another; and a run cut and
 * continued at random, two runs spliced. An entry is picked by the rarity of what it reached (as in
 * FairFuzz): one whose rarest situation few runs share is picked far more often than one that only
 * repeats common ones. A failure is shrunk and replayed exactly as a random search's is: a run is its
 * choice sequence, whatever made it. The same plan gives the same search.
 */
public final class GuidedExplorer {

    /** Runs drawn at random before mutation starts, so the corpus begins varied. */
    static final int WARM_UP = 100;
    /** One run in this many is still drawn at random, so the search keeps random search's breadth. */
    static final int FRESH_EVERY = 4;
    /** The largest corpus kept; beyond it the entry whose rarest feature is the most common makes room. */
    static final int MAX_CORPUS = 1_000;

    /** A corpus entry: a sequence that found something new, how many of its values made faults, what it reached. */
    private static final class Entry {
        final List<Integer> sequence;
        final int faultChoices;
        final int[] features;
        double energy = 1;

        Entry(List<Integer> sequence, int faultChoices, int[] features) {
            this.sequence = sequence;
            this.faultChoices = faultChoices;
            this.features = features;
        }

        /** How many runs share this entry's rarest feature. */
        int rarest(Feedback feedback) {
            int least = Integer.MAX_VALUE;
            for (int f : features) {
                least = Math.min(least, feedback.hits(f));
            }
            return least;
        }
    }

    private GuidedExplorer() {}

    /** Explores {@code plan} guided by its own feedback, adding every run to {@code coverage}; one progress step per run. */
    public static Explorer.Outcome explore(Explorer.Plan plan, Progress progress, Coverage coverage) {
        long start = System.nanoTime();
        SplittableRandom guide = new SplittableRandom(plan.seed() * 0x9E3779B97F4A7C15L + 0x51ED);
        Feedback feedback = new Feedback();
        List<Entry> corpus = new ArrayList<>();
        for (int t = 0; t < plan.tries(); t++) {
            long seed = plan.seed() + t;
            Entry parent = null;
            Choices source;
            if (corpus.isEmpty() || t < WARM_UP || guide.nextInt(FRESH_EVERY) == 0) {
                source = new SeededChoices(seed);
            } else {
                parent = pick(corpus, feedback, guide);
                source = new PrefixChoices(mutate(plan, parent, corpus.get(guide.nextInt(corpus.size())), guide),
                        new SeededChoices(seed));
            }
            Attempt attempt = Attempt.of(source, plan.algorithm(), plan.mutant(), plan.nodes(), plan.faults(), seed, plan.drift());
            coverage.add(attempt.trace());
            progress.step(!attempt.violations().isEmpty());
            if (!attempt.violations().isEmpty()) {
                return Explorer.failed(plan, attempt, t + 1, start, progress);
            }
            int[] features = feedback.features(attempt.trace());
            int fresh = 0;
            for (int f : features) {
                fresh += feedback.unique(f) ? 1 : 0;
            }
            if (fresh > 0) {
                corpus.add(new Entry(attempt.sequence(), attempt.faultChoices(), features));
                if (parent != null) {
                    parent.energy += 1;
                }
                if (corpus.size() > MAX_CORPUS) {
                    corpus.remove(mostCommon(corpus, feedback));
                }
            } else if (parent != null) {
                parent.energy = Math.max(0.1, parent.energy * 0.95); // a parent whose children find nothing fades
            }
        }
        progress.shorten(plan.maxShrinkAttempts());
        return new Explorer.Outcome(Optional.empty(), plan.tries(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * An entry drawn with probability proportional to its energy over the square of how many runs share
     * its rarest feature: an entry alone in reaching a situation weighs a hundred times one that shares
     * its rarest with ten runs.
     */
    private static Entry pick(List<Entry> corpus, Feedback feedback, SplittableRandom guide) {
        double[] weight = new double[corpus.size()];
        double total = 0;
        for (int i = 0; i < weight.length; i++) {
            double r = corpus.get(i).rarest(feedback);
            weight[i] = corpus.get(i).energy / (r * r);
            total += weight[i];
        }
        double at = guide.nextDouble() * total;
        for (int i = 0; i < weight.length; i++) {
            at -= weight[i];
            if (at < 0) {
                return corpus.get(i);
            }
        }
        return corpus.get(corpus.size() - 1);
    }

    private static int mostCommon(List<Entry> corpus, Feedback feedback) {
        int most = 0;
        int mostHits = -1;
        for (int i = 0; i < corpus.size(); i++) {
            int r = corpus.get(i).rarest(feedback);
            if (r > mostHits) {
                most = i;
                mostHits = r;
            }
        }
        return most;
    }

    /** A mutant of {@code parent}'s sequence, sometimes crossed with {@code other}'s. */
    static List<Integer> mutate(Explorer.Plan plan, Entry parent, Entry other, SplittableRandom guide) {
        List<Integer> seq = new ArrayList<>(parent.sequence);
        int n = seq.size();
        int faults = Math.min(parent.faultChoices, n);
        int kind = guide.nextInt(20);
        if (kind < 7) { // new faults, of any class, on the same cluster and network choices
            RecordingChoices drawn = new RecordingChoices(new ClusterKept(seq, plan, guide.nextInt(plan.faults().size()),
                    new SeededChoices(guide.nextLong())));
            Generators.run(drawn, plan.algorithm(), plan.mutant(), plan.nodes(), plan.faults(), 0, plan.drift());
            List<Integer> out = new ArrayList<>(drawn.drawn());
            out.addAll(seq.subList(faults, n));
            return out;
        }
        if (kind < 12) { // one choice changed, mostly among the fault choices
            if (n == 0) {
                return seq;
            }
            int i = faults > 0 && guide.nextInt(4) > 0 ? guide.nextInt(faults) : guide.nextInt(n);
            int v = seq.get(i);
            seq.set(i, guide.nextBoolean() ? Math.max(0, v + (guide.nextBoolean() ? 1 : -1)) : guide.nextInt(2 * v + 3));
            return seq;
        }
        if (kind < 15) { // this run's network on the other run's faults
            List<Integer> out = new ArrayList<>(other.sequence.subList(0, Math.min(other.faultChoices, other.sequence.size())));
            out.addAll(seq.subList(faults, n));
            return out;
        }
        if (kind < 18) { // cut, and continued at random by the run's own seed
            return new ArrayList<>(seq.subList(0, n == 0 ? 0 : guide.nextInt(n + 1)));
        }
        int cut = n == 0 ? 0 : guide.nextInt(n + 1); // spliced: this run's start, the other's end
        List<Integer> out = new ArrayList<>(seq.subList(0, cut));
        if (cut < other.sequence.size()) {
            out.addAll(other.sequence.subList(cut, other.sequence.size()));
        }
        return out;
    }

    /**
     * Choices that repeat {@code sequence}'s cluster under fault class number {@code faultClass} and draw
     * the rest from {@code rest}: the values the cluster takes are found by drawing it once from the
     * sequence (the class is the first value, the cluster the next ones).
     */
    private static final class ClusterKept implements Choices {
        private final List<Integer> kept;
        private final Choices rest;
        private int next;

        ClusterKept(List<Integer> sequence, Explorer.Plan plan, int faultClass, Choices rest) {
            RecordingChoices head = new RecordingChoices(new dev.electorate.harness.sim.ReplayChoices(sequence));
            Generators.faultClass(head, plan.faults());
            Generators.cluster(head, plan.nodes());
            this.kept = new ArrayList<>(head.drawn());
            if (!kept.isEmpty()) {
                kept.set(0, faultClass);
            }
            this.rest = rest;
        }

        @Override
        public int below(int bound) {
            if (next < kept.size()) {
                int v = kept.get(next++);
                return bound <= 1 ? 0 : Math.max(0, Math.min(v, bound - 1));
            }
            return rest.below(bound);
        }
    }

    /** Choices read from a sequence (clamped to each bound) and, once it runs out, from {@code rest}. */
    private static final class PrefixChoices implements Choices {
        private final List<Integer> prefix;
        private final Choices rest;
        private int next;

        PrefixChoices(List<Integer> prefix, Choices rest) {
            this.prefix = prefix;
            this.rest = rest;
        }

        @Override
        public int below(int bound) {
            if (next < prefix.size()) {
                int v = prefix.get(next++);
                return bound <= 1 ? 0 : Math.max(0, Math.min(v, bound - 1));
            }
            return rest.below(bound);
        }
    }
}
