package dev.electorate.impl.common;

import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.Optional;

/**
 * What a recipe's fenced resource did in a run, read from the service's {@code AcceptWrite} and
 * {@code RejectWrite} steps and the token of the write each received: the resource must never
 * accept a token below one it accepted before (a write from a leader that has been superseded).
 * The ZooKeeper and etcd recipes share it; their writes differ only in name.
 *
 * @param accepted    writes accepted
 * @param rejected    writes rejected as stale
 * @param staleAccept the first step that accepted a stale write, or null when none did
 * @param greatest    the accepted write with the greatest token before {@code staleAccept}, or null
 */
public record FencedWrites(int accepted, int rejected, Step staleAccept, Step greatest) {

    /** Folds the write steps of {@code trace}. */
    public static FencedWrites of(Trace trace) {
        int accepted = 0;
        int rejected = 0;
        Step greatest = null;
        Step stale = null;
        Step greatestBeforeStale = null;
        for (Step step : trace.steps()) {
            if (step.isFault() || step.message() == null) {
                continue;
            }
            if (step.action().equals("AcceptWrite")) {
                accepted++;
                if (greatest != null && token(step) < token(greatest) && stale == null) {
                    stale = step;
                    greatestBeforeStale = greatest;
                }
                if (greatest == null || token(step) >= token(greatest)) {
                    greatest = step;
                }
            } else if (step.action().equals("RejectWrite")) {
                rejected++;
            }
        }
        return new FencedWrites(accepted, rejected, stale, greatestBeforeStale);
    }

    private static long token(Step write) {
        if (!(write.message().fields().get("token") instanceof Number n)) {
            throw new IllegalArgumentException("step " + write.index() + ": a " + write.message().type()
                    + " without a numeric token: " + write.message().fields());
        }
        return n.longValue();
    }

    /** Whether every accepted write carried a token at least as great as every one accepted before. */
    public boolean fenced() {
        return staleAccept == null;
    }

    /** The first stale write accepted, described with the write it should have lost to, or empty. */
    public Optional<String> stale() {
        if (staleAccept == null) {
            return Optional.empty();
        }
        return Optional.of("step " + staleAccept.index() + " (tick " + staleAccept.time() + "): the service accepted node "
                + staleAccept.from() + "'s write with token " + token(staleAccept) + " after node " + greatest.from()
                + "'s write with token " + token(greatest));
    }
}
