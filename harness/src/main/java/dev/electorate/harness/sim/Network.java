package dev.electorate.harness.sim;

import dev.electorate.spec.Timing;

/**
 * The healthy network's behaviour: per-message delay drawn from {@code [minDelay, maxDelay]}
 * ticks, FIFO per link. Loss, duplication, reordering and partitions come from the fault schedule.
 */
public record Network(long minDelay, long maxDelay) {

    public static final Network DEFAULT = new Network(Timing.MIN_DELAY, Timing.MAX_DELAY);

    public Network {
        if (minDelay < 1 || maxDelay < minDelay) {
            throw new IllegalArgumentException("delays must satisfy 1 <= min <= max, got " + minDelay + ".." + maxDelay);
        }
    }
}
