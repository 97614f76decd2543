package dev.electorate.concurrency.twin;

import dev.electorate.spec.Leadership;

/**
 * A racy twin of {@link dev.electorate.spec.LeadershipBoard}: the triple lives in three volatile fields
 * written one after the other, so a reader between two of the writes sees a triple never published.
 */
public final class TornLeadershipBoard {
    private volatile int leader;
    private volatile long term;
    private volatile long token;

    /** Publishes {@code next} field by field. */
    public void publish(Leadership next) {
        leader = next.leader();
        // A writer descheduled between its writes, made likely: the race is wide so that detecting it
        // does not rest on luck in jcstress's shortest mode.
        for (int i = 0; i < 200; i++) {
            Thread.onSpinWait();
        }
        term = next.term();
        token = next.token();
    }

    /** The three fields as read now, which may belong to two publications. */
    public int leader() {
        return leader;
    }

    /** The term as read now. */
    public long term() {
        return term;
    }

    /** The token as read now. */
    public long token() {
        return token;
    }
}
