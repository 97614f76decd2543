package dev.electorate.harness.sim;

import java.util.SplittableRandom;

/** Choices drawn from a seeded generator: the same seed gives the same choices on every JVM. */
public final class SeededChoices implements Choices {
    private final SplittableRandom random;

    public SeededChoices(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int below(int bound) {
        return bound <= 1 ? 0 : random.nextInt(bound);
    }
}
