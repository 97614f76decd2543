package dev.electorate.impl.zookeeper;

import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.Optional;

/**
 * The fenced resource's guarantee, checked over a trace: the service never accepts a write whose
 * token is below a token it accepted earlier (a write from a leader that has been superseded).
 * It reads the service's {@code AcceptWrite} steps and the token of the write each received.
 */
public final class FencedWrites {

    private FencedWrites() {}

    /** The first stale write the service accepted in {@code trace}, described, or empty. */
    public static Optional<String> firstStaleAccepted(Trace trace) {
        int service = ZooKeeperAlgorithm.serviceOf(trace.header().cluster());
        long greatest = 0;
        int from = 0;
        for (Step step : trace.steps()) {
            if (step.node() != service || !step.action().equals("AcceptWrite") || step.message() == null) {
                continue;
            }
            long token = ((Number) step.message().fields().get("token")).longValue();
            if (token < greatest) {
                return Optional.of("step " + step.index() + " (tick " + step.time() + "): the service accepted node "
                        + step.from() + "'s write with token " + token + " after node " + from
                        + "'s write with token " + greatest);
            }
            greatest = token;
            from = step.from();
        }
        return Optional.empty();
    }

    /** How many writes the service refused as stale in {@code trace}. */
    public static long refused(Trace trace) {
        int service = ZooKeeperAlgorithm.serviceOf(trace.header().cluster());
        return trace.steps().stream()
                .filter(s -> s.node() == service && s.action().equals("RejectWrite"))
                .count();
    }
}
