package dev.electorate.spec;

import java.util.ArrayList;
import java.util.List;

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
