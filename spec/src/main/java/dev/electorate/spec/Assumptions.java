package dev.electorate.spec;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an algorithm needs from its environment to keep its properties; a fault class outside
 * these assumptions may violate them, and a violation there is expected rather than a bug.
 *
 * @param synchronyBound the largest message delay in ticks the algorithm relies on, or 0 when it
 *                       relies on none (asynchronous)
 * @param reliableLinks  every message sent to a live node arrives (no loss)
 * @param failures       which node failures it survives
 * @param partitions     keeps its properties while the network is partitioned
 * @param pauses         keeps them while a node is stopped and later resumes
 * @param duplication    tolerates a message arriving twice
 * @param reordering     tolerates messages on one link overtaking each other (otherwise FIFO)
 * @param clockSkew      tolerates nodes' clocks running at different rates
 * @param ids            nodes have distinct ids (false for anonymous algorithms)
 * @param why            one sentence per restriction, shown next to violated-expected verdicts
 * @see #surviving(Failures) the readable way to state them
 */
public record Assumptions(
        long synchronyBound,
        boolean reliableLinks,
        Failures failures,
        boolean partitions,
        boolean pauses,
        boolean duplication,
        boolean reordering,
        boolean clockSkew,
        boolean ids,
        String why) {

    /**
     * The node failures an algorithm survives. {@code MAJORITY_RECOVERY} is crash-recovery for
     * quorum algorithms: any node may crash and recover, but a leader needs a majority up, so the
     * {@code crash} class (up to half the cluster down for good, which leaves an even cluster without
     * a majority) lies outside it.
     */
    public enum Failures { NONE, CRASH_STOP, CRASH_RECOVERY, MAJORITY_RECOVERY }

    /**
     * Starts assumptions for an algorithm that survives {@code failures}; by default it relies on
     * no synchrony bound, needs reliable links, tolerates no other fault and its nodes have ids.
     */
    public static Builder surviving(Failures failures) {
        return new Builder(failures);
    }

    /** Assumptions stated by name, one call per thing tolerated, ended by the reason for the rest. */
    public static final class Builder {

        private final Failures failures;
        private final Set<FaultClass> tolerated = EnumSet.noneOf(FaultClass.class);
        private long synchronyBound;
        private boolean ids = true;

        private Builder(Failures failures) {
            this.failures = failures;
        }

        /** The largest message delay in ticks the algorithm relies on (0: none). */
        public Builder synchronyBound(long ticks) {
            this.synchronyBound = ticks;
            return this;
        }

        /**
         * Network and process faults it tolerates: {@code LOSS}, {@code DUPLICATE}, {@code REORDER},
         * {@code PARTITION}, {@code PAUSE}, {@code CLOCK_SKEW}, or {@code MIXED} for all of them; node
         * failures are stated by {@link #surviving}.
         */
        public Builder tolerating(FaultClass... classes) {
            for (FaultClass c : classes) {
                switch (c) {
                    case NONE -> { }
                    case CRASH, CRASH_RECOVER -> throw new IllegalArgumentException(
                            "node failures are stated by Assumptions.surviving, not tolerating(" + c + ")");
                    case MIXED -> tolerated.addAll(EnumSet.of(FaultClass.LOSS, FaultClass.DUPLICATE,
                            FaultClass.REORDER, FaultClass.PARTITION, FaultClass.PAUSE, FaultClass.CLOCK_SKEW));
                    default -> tolerated.add(c);
                }
            }
            return this;
        }

        /** Nodes have no distinct ids (anonymous algorithms). */
        public Builder anonymous() {
            this.ids = false;
            return this;
        }

        /** The assumptions, with one sentence per restriction shown next to violated-expected verdicts. */
        public Assumptions because(String why) {
            return new Assumptions(synchronyBound, !tolerated.contains(FaultClass.LOSS), failures,
                    tolerated.contains(FaultClass.PARTITION), tolerated.contains(FaultClass.PAUSE),
                    tolerated.contains(FaultClass.DUPLICATE), tolerated.contains(FaultClass.REORDER),
                    tolerated.contains(FaultClass.CLOCK_SKEW), ids, why);
        }
    }

    /** Whether runs of this fault class stay inside the assumptions. */
    public boolean admits(FaultClass faultClass) {
        return switch (faultClass) {
            case NONE -> true;
            case CRASH -> failures == Failures.CRASH_STOP || failures == Failures.CRASH_RECOVERY;
            case CRASH_RECOVER -> failures == Failures.CRASH_RECOVERY || failures == Failures.MAJORITY_RECOVERY;
            case LOSS -> !reliableLinks;
            case DUPLICATE -> duplication;
            case REORDER -> reordering;
            case PARTITION -> partitions;
            case PAUSE -> pauses;
            case CLOCK_SKEW -> clockSkew;
            case MIXED -> admits(FaultClass.CRASH_RECOVER) && !reliableLinks && duplication
                    && reordering && partitions && pauses && clockSkew;
        };
    }

    /** The fault classes these assumptions admit. */
    public List<FaultClass> admitted() {
        List<FaultClass> out = new ArrayList<>();
        for (FaultClass f : FaultClass.values()) {
            if (admits(f)) {
                out.add(f);
            }
        }
        return out;
    }
}
