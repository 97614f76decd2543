package dev.electorate.spec;

/**
 * The network's default message delays, which algorithms with a synchrony assumption size their
 * timeouts by; fault classes outside that assumption (pause, partition) break these bounds.
 */
public final class Timing {
    /** Smallest delay of a message, in ticks. */
    public static final long MIN_DELAY = 1;
    /** Largest delay of a message on a healthy link, in ticks. */
    public static final long MAX_DELAY = 10;

    private Timing() {}
}
