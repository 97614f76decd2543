package dev.electorate.spec;

/**
 * A broken twin of {@link LeadershipBoard} for the concurrency tests: the triple lives in three volatile
 * fields written one after the other, so a reader can mix two publications and two publishers can
 * interleave their checks and writes.
 */
final class TornLeadershipBoard {
    private volatile int leader = Leadership.NONE.leader();
    private volatile long term = Leadership.NONE.term();
    private volatile long token = Leadership.NONE.token();

    boolean publish(Leadership next) {
        if (!next.supersedes(current())) {
            return false;
        }
        leader = next.leader();
        // A writer descheduled here leaves a triple that was never published; the yield makes it likely
        // so that stress testing sees it without luck.
        Thread.yield();
        term = next.term();
        token = next.token();
        return true;
    }

    Leadership current() {
        return new Leadership(leader, term, token);
    }
}
