package dev.electorate.impl.hirschbergsinclair;

import dev.electorate.spec.Message;

/**
 * PROBE: candidate {@code id}'s probe of phase {@code phase}, which has travelled {@code hops} hops
 * so far in direction {@code dir} ("cw" towards successors, "ccw" towards predecessors).
 */
public record Probe(int id, int phase, int hops, String dir) implements Message {}
