package dev.electorate.impl.etcd;

import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.Map;

/**
 * What the fenced resource of an etcd run did: the writes it accepted and rejected, and the
 * first write it accepted with a stale token (below a token it had accepted before), if any. The
 * service records {@code AcceptWrite} or {@code RejectWrite} with the {@code FencedWrite} it received.
 *
 * @param accepted    writes accepted
 * @param rejected    writes rejected as stale
 * @param staleAccept the step that accepted a stale write, or null when none did
 */
public record FencedWrites(int accepted, int rejected, Step staleAccept) {

    /** Folds the service's write steps of {@code trace}. */
    public static FencedWrites of(Trace trace) {
        int accepted = 0;
        int rejected = 0;
        long greatest = 0;
        Step stale = null;
        for (Step step : trace.steps()) {
            if (step.isFault() || step.message() == null || !step.message().type().equals("FencedWrite")) {
                continue;
            }
            long token = token(step.message().fields());
            if (step.action().equals("AcceptWrite")) {
                accepted++;
                if (token < greatest && stale == null) {
                    stale = step;
                }
                greatest = Math.max(greatest, token);
            } else if (step.action().equals("RejectWrite")) {
                rejected++;
            }
        }
        return new FencedWrites(accepted, rejected, stale);
    }

    private static long token(Map<String, Object> fields) {
        Object token = fields.get("token");
        if (!(token instanceof Number n)) {
            throw new IllegalArgumentException("a FencedWrite without a numeric token: " + fields);
        }
        return n.longValue();
    }

    /** Whether every accepted write carried a token at least as great as every one accepted before. */
    public boolean fenced() {
        return staleAccept == null;
    }
}
