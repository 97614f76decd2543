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
        // Every draw consumes the generator, even a forced one, so that positions in a recorded
        // sequence line up with positions in the seeded one.
        int v = random.nextInt(Math.max(1, bound));
        return bound <= 1 ? 0 : v;
    }
}
