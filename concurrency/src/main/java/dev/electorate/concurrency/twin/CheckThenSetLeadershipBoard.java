package dev.electorate.concurrency.twin;

import dev.electorate.spec.Leadership;

/**
 * A racy twin of {@link dev.electorate.spec.LeadershipBoard}: publish checks and then sets with no
 * compare-and-set, so an older tenure that passed its check before a newer one was set overwrites it.
 */
public final class CheckThenSetLeadershipBoard {
    private volatile Leadership current = Leadership.NONE;

    /** Publishes {@code next} if it supersedes what this thread saw; returns whether it did. */
    public boolean publish(Leadership next) {
        if (!next.supersedes(current)) {
            return false;
        }
        // A publisher descheduled between check and set, made likely: the race is wide so that
        // detecting it does not rest on luck in jcstress's shortest mode.
        for (int i = 0; i < 200; i++) {
            Thread.onSpinWait();
        }
        current = next;
        return true;
    }

    /** The belief most recently set. */
    public Leadership current() {
        return current;
    }
}
