package dev.electorate.spec;

/**
 * What a trace is a run of: the algorithm and variant, the cluster, the seed, the fault class,
 * when the last fault healed and how many ticks Termination allows after it.
 *
 * @param algorithm        command-line name of the algorithm
 * @param mutant           name of the mutant run, or null for the algorithm itself
 * @param cluster          the members in ring order
 * @param seed             the seed the run was generated from
 * @param faultClass       command-line name of the fault class
 * @param healedAt         tick at which the last fault healed (0 when there were none)
 * @param terminationBound ticks after {@code healedAt} by which a leader must be known to all
 * @param horizon          tick at which the run stopped
 */
public record TraceHeader(
        String algorithm,
        String mutant,
        Cluster cluster,
        long seed,
        String faultClass,
        long healedAt,
        long terminationBound,
        long horizon) {}
