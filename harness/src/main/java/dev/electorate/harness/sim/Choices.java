package dev.electorate.harness.sim;

/**
 * The source of every random decision of a run; a run is a pure function of its choices, so
 * replaying the same choices replays the run.
 */
public interface Choices {

    /** A value drawn uniformly from {@code [0, bound)}; {@code bound} is at least 1. */
    int below(int bound);

    /** A value in {@code [min, max]}. */
    default long between(long min, long max) {
        if (max <= min) {
            return min;
        }
        return min + below((int) Math.min(Integer.MAX_VALUE, max - min + 1));
    }

    /** True with probability {@code perMille}/1000. */
    default boolean chance(int perMille) {
        return perMille > 0 && below(1000) < perMille;
    }
}
