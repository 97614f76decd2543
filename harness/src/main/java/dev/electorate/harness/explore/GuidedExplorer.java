package dev.electorate.harness.explore;

import dev.electorate.harness.check.Progress;
import dev.electorate.harness.sim.Choices;
import dev.electorate.harness.sim.SeededChoices;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Exploration guided by coverage: keeps a corpus of the choice sequences whose runs reached abstract
 * states or transitions no run had reached before ({@link Coverage}), and spends most runs on mutants
 * of them: one choice changed (a fault's kind, time or target when the choice falls among the fault
 * choices), the fault choices of one run on the network choices of another, a run cut and continued at
 * random, two runs spliced. Entries that keep paying off are picked more often. A failure is shrunk and
 * replayed exactly as a random search's is: a run is its choice sequence, whatever made it. The same
 * plan gives the same search.
 */
public final class GuidedExplorer {

    /** Runs drawn at random before mutation starts, so the corpus begins varied. */
    static final int WARM_UP = 50;
    /** One run in this many is still drawn at random, so the search never only circles its corpus. */
    static final int FRESH_EVERY = 5;
    /** The largest corpus kept; beyond it the least productive entry makes room. */
    static final int MAX_CORPUS = 2_000;

    /** A corpus entry: a sequence that found something new, how many of its values made faults, its energy. */
    private static final class Entry {
        final List<Integer> sequence;
        final int faultChoices;
        double energy;

        Entry(List<Integer> sequence, int faultChoices, double energy) {
            this.sequence = sequence;
            this.faultChoices = faultChoices;
            this.energy = energy;
        }
    }

    private GuidedExplorer() {}

    /** Explores {@code plan} guided by, and adding to, {@code coverage}; one progress step per run. */
    public static Explorer.Outcome explore(Explorer.Plan plan, Progress progress, Coverage coverage) {
        long start = System.nanoTime();
        SplittableRandom guide = new SplittableRandom(plan.seed() * 0x9E3779B97F4A7C15L + 0x51ED);
        List<Entry> corpus = new ArrayList<>();
        for (int t = 0; t < plan.tries(); t++) {
            long seed = plan.seed() + t;
            Entry parent = null;
            Choices source;
            if (corpus.isEmpty() || t < WARM_UP || guide.nextInt(FRESH_EVERY) == 0) {
                source = new SeededChoices(seed);
            } else {
                parent = pick(corpus, guide);
                source = new PrefixChoices(mutate(parent, corpus.get(guide.nextInt(corpus.size())), guide), new SeededChoices(seed));
            }
            Attempt attempt = Attempt.of(source, plan.algorithm(), plan.mutant(), plan.nodes(), plan.faults(), seed, plan.drift());
            int fresh = coverage.add(attempt.trace());
            progress.step(!attempt.violations().isEmpty());
            if (!attempt.violations().isEmpty()) {
                return Explorer.failed(plan, attempt, t + 1, start, progress);
            }
            if (fresh > 0) {
                corpus.add(new Entry(attempt.sequence(), attempt.faultChoices(), 1 + fresh));
                if (parent != null) {
                    parent.energy += fresh;
                }
                if (corpus.size() > MAX_CORPUS) {
                    corpus.remove(leastEnergy(corpus));
                }
            } else if (parent != null) {
                parent.energy *= 0.9; // a parent whose children find nothing fades
            }
        }
        progress.shorten(plan.maxShrinkAttempts());
        return new Explorer.Outcome(Optional.empty(), plan.tries(), (System.nanoTime() - start) / 1e9);
    }

    /** An entry drawn with probability proportional to its energy. */
    private static Entry pick(List<Entry> corpus, SplittableRandom guide) {
        double total = 0;
        for (Entry e : corpus) {
            total += e.energy;
        }
        double at = guide.nextDouble() * total;
        for (Entry e : corpus) {
            at -= e.energy;
            if (at < 0) {
                return e;
            }
        }
        return corpus.get(corpus.size() - 1);
    }

    private static int leastEnergy(List<Entry> corpus) {
        int least = 0;
        for (int i = 1; i < corpus.size(); i++) {
            if (corpus.get(i).energy < corpus.get(least).energy) {
                least = i;
            }
        }
        return least;
    }

    /** A mutant of {@code parent}'s sequence, sometimes crossed with {@code other}'s. */
    static List<Integer> mutate(Entry parent, Entry other, SplittableRandom guide) {
        List<Integer> seq = new ArrayList<>(parent.sequence);
        int n = seq.size();
        switch (guide.nextInt(4)) {
            case 0 -> { // one choice changed, half the time among the fault choices
                if (n == 0) {
                    return seq;
                }
                int i = parent.faultChoices > 0 && guide.nextBoolean() ? guide.nextInt(Math.min(parent.faultChoices, n)) : guide.nextInt(n);
                int v = seq.get(i);
                seq.set(i, guide.nextBoolean() ? Math.max(0, v + (guide.nextBoolean() ? 1 : -1)) : guide.nextInt(2 * v + 3));
                return seq;
            }
            case 1 -> { // this run's network on the other run's faults
                List<Integer> out = new ArrayList<>(other.sequence.subList(0, Math.min(other.faultChoices, other.sequence.size())));
                out.addAll(seq.subList(Math.min(parent.faultChoices, n), n));
                return out;
            }
            case 2 -> { // cut, and continued at random by the run's own seed
                return new ArrayList<>(seq.subList(0, n == 0 ? 0 : guide.nextInt(n + 1)));
            }
            default -> { // spliced: this run's start, the other's end
                int cut = n == 0 ? 0 : guide.nextInt(n + 1);
                List<Integer> out = new ArrayList<>(seq.subList(0, cut));
                if (cut < other.sequence.size()) {
                    out.addAll(other.sequence.subList(cut, other.sequence.size()));
                }
                return out;
            }
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
