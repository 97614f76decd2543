package dev.electorate.impl.hirschbergsinclair;

import dev.electorate.spec.Message;

/** The messages of Hirschberg-Sinclair; their simple names are the message types of HirschbergSinclair.tla. */
public final class Messages {

    private Messages() {}

    /** ELECTED: {@code id} won; the announcement goes once round the ring towards successors. */
    public record Elected(int id) implements Message {}

    /**
     * PROBE: candidate {@code id}'s probe of phase {@code phase}, which has travelled {@code hops} hops
     * so far in direction {@code dir} ("cw" towards successors, "ccw" towards predecessors).
     */
    public record Probe(int id, int phase, int hops, String dir) implements Message {}

    /**
     * REPLY: candidate {@code id}'s probe of phase {@code phase} went its 2^phase hops unbeaten; the
     * reply travels back to it in direction {@code dir}, the opposite of the probe's.
     */
    public record Reply(int id, int phase, String dir) implements Message {}
}
