package dev.electorate.harness.explore;

import dev.electorate.harness.check.Attempt;
import dev.electorate.harness.check.Coverage;
import dev.electorate.harness.check.Generators;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.explore.Ledger.Source;
import dev.electorate.harness.sim.Choices;
import dev.electorate.harness.sim.RecordingChoices;
import dev.electorate.harness.sim.ReplayChoices;
import dev.electorate.harness.sim.SeededChoices;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Exploration guided by coverage: keeps a corpus of the choice sequences whose runs reached a coarse
 * situation or step no run had reached before ({@link Feedback}), and spends its runs on fresh random
 * runs and on mutants of the corpus, each source in proportion to a weight times its yield so far:
 * faults aimed at the moments the run itself changed a node's state ({@link FaultPoint},
 * {@link AimedFaults}), new faults drawn on the same network choices, the faults of one run on the network
 * of another, one choice changed, a run cut and continued at random, two runs spliced. An entry is picked
 * by the rarity of what it reached (as in FairFuzz): one whose rarest situation few runs share is picked
 * far more often than one that only repeats common ones. A failure is shrunk and replayed exactly as a
 * random search's is: a run is its choice sequence, whatever made it. The same plan gives the same search.
 */
public final class GuidedExplorer {

    /** Runs drawn at random before mutation starts, so the corpus begins varied. */
    static final int WARM_UP = 100;
    /** The largest corpus kept; beyond it the entry whose rarest feature is the most common makes room. */
    static final int MAX_CORPUS = 1_000;

    /**
     * How a search shares its runs out after the warm-up: each source (a fresh random run or one of the
     * mutations) is drawn with probability proportional to its weight times its yield so far, the share
     * of its runs that reached a feature no run had before (counted from one of two, so a source that
     * has not been tried yet is not shut out). A mutation that gives little for this algorithm loses its
     * runs to fresh ones and to those that give more: guided search keeps random search's breadth where
     * nothing better is found.
     */
    record Mix(int fresh, int aimed, int newFaults, int oneChoice, int crossed, int extended, int spliced) {
        static final Mix DEFAULT = new Mix(6, 8, 4, 1, 3, 1, 1);

        int weight(Source s) {
            return switch (s) {
                case FRESH -> fresh;
                case AIMED -> aimed;
                case NEW_FAULTS -> newFaults;
                case ONE_CHOICE -> oneChoice;
                case CROSSED -> crossed;
                case EXTENDED -> extended;
                case SPLICED -> spliced;
            };
        }
    }

    /** A corpus entry: a sequence that found something new, how many of its values made faults, what it reached. */
    private static final class Entry {
        final List<Integer> sequence;
        final int faultChoices;
        final int[] features;
        final List<FaultPoint> points;
        /** The situation (a {@link Feedback} feature) each point's step left the run in. */
        final int[] situations;
        final int[] steps;
        double energy = 1;

        Entry(List<Integer> sequence, int faultChoices, int[] features, List<FaultPoint> points, int[] situations,
              int[] steps) {
            this.sequence = sequence;
            this.faultChoices = faultChoices;
            this.features = features;
            this.points = points;
            this.situations = situations;
            this.steps = steps;
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
        return explore(plan, progress, coverage, Mix.DEFAULT, null);
    }

    /** As {@link #explore(Explorer.Plan, Progress, Coverage)} with another share of runs, noting each in {@code ledger} if not null. */
    static Explorer.Outcome explore(Explorer.Plan plan, Progress progress, Coverage coverage, Mix mix, Ledger ledger) {
        long start = System.nanoTime();
        SplittableRandom guide = new SplittableRandom(plan.seed() * 0x9E3779B97F4A7C15L + 0x51ED);
        Feedback feedback = new Feedback();
        List<Entry> corpus = new ArrayList<>();
        int[] tried = new int[Source.values().length];
        int[] found = new int[Source.values().length];
        for (int t = 0; t < plan.tries(); t++) {
            long seed = plan.seed() + t;
            Entry parent = null;
            Source made = Source.FRESH;
            Choices source;
            boolean warming = corpus.isEmpty() || t < WARM_UP;
            Source drawn = warming ? Source.FRESH : source(mix, tried, found, guide);
            if (drawn == Source.FRESH) {
                source = new SeededChoices(seed);
            } else {
                parent = pick(corpus, feedback, guide);
                Entry other = corpus.get(guide.nextInt(corpus.size()));
                Mutant m = mutate(plan, drawn, parent, other, feedback, guide);
                made = m.source();
                source = new PrefixChoices(m.sequence(), new SeededChoices(seed));
            }
            Attempt attempt = Attempt.of(source, plan.algorithm(), plan.mutant(), plan.nodes(), plan.faults(), seed, plan.drift());
            int newCoverage = coverage.add(attempt.trace());
            progress.step(!attempt.violations().isEmpty());
            if (!attempt.violations().isEmpty()) {
                return Explorer.failed(plan, attempt, t + 1, start, progress);
            }
            int[] features = feedback.features(attempt.trace());
            int fresh = 0;
            for (int f : features) {
                fresh += feedback.unique(f) ? 1 : 0;
            }
            if (!warming) {
                tried[made.ordinal()]++;
                found[made.ordinal()] += fresh > 0 ? 1 : 0;
            }
            if (ledger != null) {
                ledger.note(made, fresh > 0, newCoverage, parent == null ? -1 : kept(parent.steps, attempt.trace()));
            }
            if (fresh > 0) {
                List<FaultPoint> points = beforeItsFaults(plan, attempt);
                int[] after = feedback.situations(attempt.trace());
                corpus.add(new Entry(attempt.sequence(), attempt.faultChoices(), features, points,
                        points.stream().mapToInt(p -> after[p.step()]).toArray(),
                        ledger == null ? null : hashes(attempt.trace())));
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
        if (ledger != null) {
            ledger.corpus(corpus.size());
        }
        progress.shorten(plan.maxShrinkAttempts());
        return new Explorer.Outcome(Optional.empty(), plan.tries(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * The points of {@code attempt}'s run before its first fault: a child with other faults on the same
     * network choices repeats the run up to there, so only there is the point where the child's fault strikes.
     */
    private static List<FaultPoint> beforeItsFaults(Explorer.Plan plan, Attempt attempt) {
        long first = attempt.run().schedule().faults().stream().mapToLong(f -> f.at()).min().orElse(Long.MAX_VALUE);
        return FaultPoint.of(attempt.trace(), plan.algorithm().electionMessageTypes()).stream()
                .filter(p -> p.tick() < first).toList();
    }

    /** A source drawn by its weight times its yield so far (see {@link Mix}). */
    private static Source source(Mix mix, int[] tried, int[] found, SplittableRandom guide) {
        Source[] all = Source.values();
        double[] score = new double[all.length];
        double total = 0;
        for (Source s : all) {
            score[s.ordinal()] = mix.weight(s) * (found[s.ordinal()] + 1.0) / (tried[s.ordinal()] + 2.0);
            total += score[s.ordinal()];
        }
        double at = guide.nextDouble() * total;
        for (Source s : all) {
            at -= score[s.ordinal()];
            if (at < 0) {
                return s;
            }
        }
        return Source.FRESH;
    }

    private static int[] hashes(Trace trace) {
        return trace.steps().stream().mapToInt(Step::hashCode).toArray();
    }

    /** The share of the parent's steps that the child repeated before it went its own way. */
    private static double kept(int[] parent, Trace child) {
        List<Step> steps = child.steps();
        int same = 0;
        while (same < parent.length && same < steps.size() && steps.get(same).hashCode() == parent[same]) {
            same++;
        }
        return parent.length == 0 ? 1 : (double) same / parent.length;
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

    /** A mutated sequence and the mutation that made it. */
    private record Mutant(List<Integer> sequence, Source source) {}

    /** A mutant of {@code parent}'s sequence, sometimes crossed with {@code other}'s. */
    private static Mutant mutate(Explorer.Plan plan, Source kind, Entry parent, Entry other, Feedback feedback,
                                 SplittableRandom guide) {
        List<Integer> seq = new ArrayList<>(parent.sequence);
        int n = seq.size();
        int faults = Math.min(parent.faultChoices, n);
        if (kind == Source.AIMED) {
            Optional<List<Integer>> aimed = aim(plan, parent, feedback, guide);
            if (aimed.isPresent()) {
                List<Integer> out = new ArrayList<>(aimed.get());
                out.addAll(seq.subList(faults, n));
                return new Mutant(out, Source.AIMED);
            }
            kind = Source.NEW_FAULTS; // nothing to aim at: new faults instead
        }
        if (kind == Source.NEW_FAULTS) { // new faults, of any class, on the same cluster and network choices
            RecordingChoices drawn = new RecordingChoices(new ClusterKept(seq, plan, guide.nextInt(plan.faults().size()),
                    new SeededChoices(guide.nextLong())));
            Generators.run(drawn, plan.algorithm(), plan.mutant(), plan.nodes(), plan.faults(), 0, plan.drift());
            List<Integer> out = new ArrayList<>(drawn.drawn());
            out.addAll(seq.subList(faults, n));
            return new Mutant(out, Source.NEW_FAULTS);
        }
        if (kind == Source.ONE_CHOICE) { // one choice changed, mostly among the fault choices
            if (n > 0) {
                int i = faults > 0 && guide.nextInt(4) > 0 ? guide.nextInt(faults) : guide.nextInt(n);
                int v = seq.get(i);
                seq.set(i, guide.nextBoolean() ? Math.max(0, v + (guide.nextBoolean() ? 1 : -1)) : guide.nextInt(2 * v + 3));
            }
            return new Mutant(seq, Source.ONE_CHOICE);
        }
        if (kind == Source.CROSSED) { // this run's network on the other run's faults
            List<Integer> out = new ArrayList<>(other.sequence.subList(0, Math.min(other.faultChoices, other.sequence.size())));
            out.addAll(seq.subList(faults, n));
            return new Mutant(out, Source.CROSSED);
        }
        if (kind == Source.EXTENDED) { // cut, and continued at random by the run's own seed
            return new Mutant(new ArrayList<>(seq.subList(0, n == 0 ? 0 : guide.nextInt(n + 1))), Source.EXTENDED);
        }
        int cut = n == 0 ? 0 : guide.nextInt(n + 1); // spliced: this run's start, the other's end
        List<Integer> out = new ArrayList<>(seq.subList(0, cut));
        if (cut < other.sequence.size()) {
            out.addAll(other.sequence.subList(cut, other.sequence.size()));
        }
        return new Mutant(out, Source.SPLICED);
    }

    /**
     * Faults aimed at one or two of the points where {@code parent}'s run changed a node's state, of a
     * class that can be aimed: a crash class half the time when one is admitted, the crash and restart
     * right after a vote or promise being where a forgotten one does its damage.
     */
    private static Optional<List<Integer>> aim(Explorer.Plan plan, Entry parent, Feedback feedback, SplittableRandom guide) {
        if (parent.points.isEmpty()) {
            return Optional.empty();
        }
        List<FaultClass> crashes = new ArrayList<>();
        List<FaultClass> others = new ArrayList<>();
        for (FaultClass c : plan.faults().stream().distinct().sorted().toList()) {
            if (AimedFaults.AIMABLE.contains(c)) {
                (c == FaultClass.CRASH || c == FaultClass.CRASH_RECOVER ? crashes : others).add(c);
            }
        }
        if (crashes.isEmpty() && others.isEmpty()) {
            return Optional.empty();
        }
        List<FaultClass> from = others.isEmpty() || (!crashes.isEmpty() && guide.nextBoolean()) ? crashes : others;
        FaultClass faultClass = from.get(guide.nextInt(from.size()));
        List<FaultPoint> points = new ArrayList<>();
        points.add(rarePoint(parent, feedback, guide));
        if (guide.nextInt(4) == 0) {
            points.add(rarePoint(parent, feedback, guide));
            points.sort(Comparator.comparingLong(FaultPoint::tick));
        }
        return AimedFaults.head(plan, parent.sequence, faultClass, points, guide);
    }

    /**
     * One of {@code parent}'s points, drawn one of three ways: any; any of one action drawn among the
     * actions of the points, so the one leadership taken counts as much as the many heartbeats heard; or by
     * the inverse square of how many runs reached the situation its step left the run in, so a vote given
     * while a rival's request is on its way is aimed at far more often than one given in a quiet election.
     */
    private static FaultPoint rarePoint(Entry parent, Feedback feedback, SplittableRandom guide) {
        int way = guide.nextInt(3);
        if (way == 0) {
            return parent.points.get(guide.nextInt(parent.points.size()));
        }
        if (way == 1) {
            List<String> actions = parent.points.stream().map(FaultPoint::action).distinct().toList();
            String action = actions.get(guide.nextInt(actions.size()));
            List<FaultPoint> of = parent.points.stream().filter(p -> p.action().equals(action)).toList();
            return of.get(guide.nextInt(of.size()));
        }
        double[] weight = new double[parent.points.size()];
        double total = 0;
        for (int i = 0; i < weight.length; i++) {
            double r = feedback.hits(parent.situations[i]);
            weight[i] = 1 / (r * r);
            total += weight[i];
        }
        double at = guide.nextDouble() * total;
        for (int i = 0; i < weight.length; i++) {
            at -= weight[i];
            if (at < 0) {
                return parent.points.get(i);
            }
        }
        return parent.points.get(weight.length - 1);
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
            RecordingChoices head = new RecordingChoices(new ReplayChoices(sequence));
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
