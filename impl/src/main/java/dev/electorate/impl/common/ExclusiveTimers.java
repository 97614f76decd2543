package dev.electorate.impl.common;

import dev.electorate.spec.Context;
import java.util.List;

/**
 * The timers of a node that waits on one thing at a time: whenever it changes state, every timer but the
 * one the new state waits on is cancelled, so no timer of an earlier state fires late into this one.
 */
public final class ExclusiveTimers {

    private final List<String> names;

    /** All the timers the node has, by name. */
    public ExclusiveTimers(String... names) {
        this.names = List.of(names);
    }

    /** Cancels every timer but {@code timer}, which is left as it is. */
    public void cancelAllBut(Context ctx, String timer) {
        for (String t : names) {
            if (!t.equals(timer)) {
                ctx.cancelTimer(t);
            }
        }
    }

    /** Leaves {@code timer} the only one running, set to fire after {@code delay} ticks. */
    public void armOnly(Context ctx, String timer, long delay) {
        cancelAllBut(ctx, timer);
        ctx.setTimer(timer, delay);
    }
}
