package dev.electorate.impl.hirschbergsinclair;

import dev.electorate.spec.Message;

/**
 * REPLY: candidate {@code id}'s probe of phase {@code phase} went its 2^phase hops unbeaten; the
 * reply travels back to it in direction {@code dir}, the opposite of the probe's.
 */
public record Reply(int id, int phase, String dir) implements Message {}
