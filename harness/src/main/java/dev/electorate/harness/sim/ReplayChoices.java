package dev.electorate.harness.sim;

import java.util.List;

/**
 * Choices read back from a recorded sequence. A value too large for its bound is clamped and a
 * sequence that runs out yields zeros, so any edited or shortened sequence is still a valid run:
 * the simplest choice is always 0.
 */
public final class ReplayChoices implements Choices {
    private final int[] values;
    private int next;

    public ReplayChoices(List<Integer> values) {
        this.values = values.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public int below(int bound) {
        if (bound <= 1) {
            next++;
            return 0;
        }
        int v = next < values.length ? values[next] : 0;
        next++;
        return Math.max(0, Math.min(v, bound - 1));
    }

    /** Values consumed so far, including those past the end of the sequence. */
    public int consumed() {
        return next;
    }
}
