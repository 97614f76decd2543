package dev.electorate.harness.check;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;

import dev.electorate.spec.Algorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Shrinks a failing choice sequence (the approach of Hypothesis): deletes and zeroes blocks,
 * lowers values, and keeps a candidate only if it is smaller (shorter, or as long and
 * lexicographically smaller), makes a run with no more nodes, steps up to the failure and faults, and
 * still fails first on the same property. Since every run is made from its sequence through bounded draws, every candidate is a
 * valid run.
 */
public final class Shrinker {

    private final Function<List<Integer>, Attempt> runner;
    private final String property;
    private final int maxAttempts;
    private int attempts;
    private Attempt best;

    /**
     * @param runner      makes and runs the attempt a sequence stands for
     * @param failing     the failing attempt to shrink
     * @param property    the property that must keep failing
     * @param maxAttempts a cap on re-runs, so shrinking ends in bounded time
     */
    public Shrinker(Function<List<Integer>, Attempt> runner, Attempt failing, String property, int maxAttempts) {
        this.runner = runner;
        this.best = failing;
        this.property = property;
        this.maxAttempts = maxAttempts;
    }

    /** Re-runs made while shrinking. */
    public int attempts() {
        return attempts;
    }

    public Attempt shrink() {
        boolean improved = true;
        while (improved && attempts < maxAttempts) {
            improved = false;
            improved |= zeroSuffixes();
            improved |= deleteBlocks();
            improved |= zeroBlocks();
            improved |= lowerValues();
        }
        return best;
    }

    /**
     * Removes, one at a time, each fault the failure does not need, replaying the same network
     * choices without it, until every fault left is needed. Shrinking the sequence cannot do this
     * where a fault's choices sit before the network's (removing them shifts every later draw): a
     * mixed run keeps a one-tick loss that changes nothing. The result replays from its run spec.
     */
    public static Attempt withoutNeedlessFaults(Attempt shrunk, String property,
                                                Function<FaultSchedule, Attempt> rerun) {
        Attempt best = shrunk;
        boolean removed = true;
        while (removed) {
            removed = false;
            List<Fault> faults = best.run().schedule().faults();
            for (int i = faults.size() - 1; i >= 0 && !removed; i--) {
                List<Fault> fewer = new ArrayList<>(faults);
                fewer.remove(i);
                Attempt candidate = rerun.apply(new FaultSchedule(fewer));
                if (!candidate.violations().isEmpty() && candidate.violations().get(0).property().equals(property)
                        && noLarger(candidate, best, property)) {
                    best = candidate;
                    removed = true;
                }
            }
        }
        return best;
    }

    /**
     * A failure shrunk the one way {@code check} and {@code explore} share: its choice sequence shrunk,
     * then the faults it does not need dropped, then cut where it fails.
     *
     * @param shrunk   the counterexample
     * @param attempts re-runs spent shrinking the sequence
     */
    public record Shrunk(Attempt shrunk, int attempts) {}

    /**
     * Shrinks {@code failing}, whose first violation must keep coming first, re-running through
     * {@code runner} at most {@code maxAttempts} times for the sequence.
     */
    public static Shrunk counterexample(Algorithm algorithm, Attempt failing,
                                        Function<List<Integer>, Attempt> runner, int maxAttempts) {
        String property = failing.violations().get(0).property();
        Shrinker shrinker = new Shrinker(runner, failing, property, maxAttempts);
        Attempt sequenceShrunk = shrinker.shrink();
        Attempt needed = withoutNeedlessFaults(sequenceShrunk, property,
                schedule -> sequenceShrunk.withSchedule(algorithm, schedule));
        return new Shrunk(needed.cut(algorithm, property), shrinker.attempts());
    }

    private List<Integer> current() {
        return best.sequence();
    }

    /** Zeroing everything after a point makes all later delays and draws their simplest. */
    private boolean zeroSuffixes() {
        boolean improved = false;
        for (int from = 0; from < current().size() && attempts < maxAttempts; ) {
            List<Integer> candidate = new ArrayList<>(current().subList(0, from));
            if (accept(candidate)) {
                improved = true;
                continue;
            }
            from = from == 0 ? 1 : from * 2;
        }
        return improved;
    }

    private boolean deleteBlocks() {
        boolean improved = false;
        for (int size : new int[] {16, 8, 4, 2, 1}) {
            for (int i = 0; i + size <= current().size() && attempts < maxAttempts; ) {
                List<Integer> candidate = new ArrayList<>(current());
                candidate.subList(i, i + size).clear();
                if (accept(candidate)) {
                    improved = true;
                } else {
                    i += size;
                }
            }
        }
        return improved;
    }

    private boolean zeroBlocks() {
        boolean improved = false;
        for (int size : new int[] {16, 8, 4, 2, 1}) {
            for (int i = 0; i + size <= current().size() && attempts < maxAttempts; i += size) {
                List<Integer> candidate = new ArrayList<>(current());
                boolean changes = false;
                for (int j = i; j < i + size; j++) {
                    changes |= candidate.get(j) != 0;
                    candidate.set(j, 0);
                }
                if (changes && accept(candidate)) {
                    improved = true;
                }
            }
        }
        return improved;
    }

    /** Binary search for the smallest value at each position that still fails. */
    private boolean lowerValues() {
        boolean improved = false;
        for (int i = 0; i < current().size() && attempts < maxAttempts; i++) {
            int value = current().get(i);
            int low = 0;
            int high = value;
            while (low < high && attempts < maxAttempts && i < current().size()) {
                int mid = (low + high) / 2;
                List<Integer> candidate = new ArrayList<>(current());
                candidate.set(i, mid);
                if (accept(candidate)) {
                    improved = true;
                    high = i < current().size() ? current().get(i) : 0;
                } else {
                    low = mid + 1;
                }
            }
        }
        return improved;
    }

    private boolean accept(List<Integer> candidate) {
        if (!smaller(candidate, current())) {
            return false;
        }
        attempts++;
        Attempt attempt = runner.apply(candidate);
        // The run's own record of what it drew is its canonical form; it must also be smaller.
        if (sameFailure(attempt) && smaller(attempt.sequence(), current()) && noLarger(attempt, best, property)) {
            best = attempt;
            return true;
        }
        return false;
    }

    /**
     * The candidate fails in the same way: its first reported violation (in the order of
     * {@code Properties.ALL}) is of the property being shrunk. Merely also violating it is not
     * enough: a run that now breaks Uniqueness besides Termination would be shown as a Uniqueness
     * failure, a different bug from the one found.
     */
    private boolean sameFailure(Attempt attempt) {
        return !attempt.violations().isEmpty() && attempt.violations().get(0).property().equals(property);
    }

    /**
     * A shorter sequence can still make a larger run (deleting a choice shifts the next one into the
     * cluster-size draw, or a later timeout makes the failure come later), so a candidate must also
     * be no larger than the best so far on nodes, steps up to the failure and faults: what the reader
     * sees only ever gets smaller.
     */
    public static boolean noLarger(Attempt candidate, Attempt best, String property) {
        return candidate.run().members().size() <= best.run().members().size()
                && candidate.length(property) <= best.length(property)
                && candidate.run().schedule().faults().size() <= best.run().schedule().faults().size();
    }

    /** Shortlex order: fewer choices first, then lexicographically smaller. */
    public static boolean smaller(List<Integer> a, List<Integer> b) {
        if (a.size() != b.size()) {
            return a.size() < b.size();
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return a.get(i) < b.get(i);
            }
        }
        return false;
    }
}
