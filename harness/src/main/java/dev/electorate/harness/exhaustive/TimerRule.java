package dev.electorate.harness.exhaustive;

import dev.electorate.spec.Role;

/**
 * When the exhaustive explorer lets a pending timer fire, as the algorithm's spec lets the timeout it
 * stands for happen: the explorer has no clock, so this rule is its timing assumption, and it must be
 * the spec's oracle for the Java states to be the spec's.
 */
interface TimerRule {

    /** How a timer may fire in a world. */
    enum When {
        /** On time: as often as it is pending, no budget spent. */
        ON_TIME,
        /** Only as one of the model's {@code MaxEarly} early timeouts. */
        EARLY,
        /** Not at all: the spec's oracle rules it out whatever the budget. */
        NEVER
    }

    /** The recorded variable {@link World#epochs} keeps per node. */
    String EPOCH = "epoch";

    /** How {@code timer} of the node in {@code slot} may fire in {@code w}; {@code quiet} when no message is in flight. */
    When when(World w, int slot, String timer, boolean quiet);

    /**
     * The rule of {@code algorithm} (its command-line name): the rings' leader-timer oracle for LeLann and
     * Chang-Roberts, otherwise {@link #QUIET}.
     */
    static TimerRule of(String algorithm, ModelBounds bounds, int[] ids) {
        String base = algorithm.split("\\+")[0];
        if (base.equals("lelann") || base.equals("chang-roberts")) {
            return new RingLeaderTimer(bounds.earlyEpochs(), ids);
        }
        return QUIET;
    }

    /**
     * A timer fires on time once every message in flight has been delivered or lost (the network is quiet,
     * which is what the synchronous algorithms' timeouts stand for), and while messages are in flight only
     * as an early timeout.
     */
    TimerRule QUIET = (w, slot, timer, quiet) -> quiet ? When.ON_TIME : When.EARLY;

    /**
     * RingBase's {@code LeaderSuspected}: the leader timer of a node served by a live leader of its own
     * epoch (a follower whose leader's tokens keep coming) never runs out; otherwise it runs out once the
     * ring is quiet, and before that while the node's epoch is below {@code MaxEpoch}, without a budget
     * (the spec's early timeouts, which only start a newer election). The acknowledgement timer keeps the
     * quiet rule: the spec's oracle lets it run out once its message reached a node that was down, which
     * leaves nothing in flight for it.
     */
    record RingLeaderTimer(long earlyBelow, int[] ids) implements TimerRule {

        /** The ring node's leader timer, as RingNode names it. */
        static final String LEADER_TIMER = "leader";

        @Override
        public When when(World w, int slot, String timer, boolean quiet) {
            if (!LEADER_TIMER.equals(timer)) {
                return QUIET.when(w, slot, timer, quiet);
            }
            if (served(w, slot)) {
                return When.NEVER;
            }
            return quiet || w.epochs[slot] < earlyBelow ? When.ON_TIME : When.EARLY;
        }

        /** RingBase's {@code Served(n)}: a follower whose leader is up, leads, and in the follower's epoch. */
        private boolean served(World w, int slot) {
            if (w.roles[slot] != Role.FOLLOWER) {
                return false;
            }
            int l = -1;
            for (int s = 0; s < ids.length; s++) {
                if (ids[s] == w.leaders[slot]) {
                    l = s;
                }
            }
            return l >= 0 && w.up(l) && w.roles[l] == Role.LEADER && w.epochs[l] == w.epochs[slot];
        }
    }
}
