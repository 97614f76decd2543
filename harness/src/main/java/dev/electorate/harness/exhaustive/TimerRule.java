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

    /**
     * The recorded variables {@link World#epochs} keeps per node: the rings' epoch, Paxos's round, and the
     * recipes' attempt, which names the client's current session or lease ({@code attempt * 1024 + id}).
     */
    java.util.List<String> EPOCH = java.util.List.of("epoch", "round", "attempt");

    /** How {@code timer} of the node in {@code slot} may fire in {@code w}; {@code quiet} when no message is in flight. */
    When when(World w, int slot, String timer, boolean quiet);

    /**
     * Whether the rule decides everything the nodes decide by their clock, so that a node reading the clock
     * (which stands still here) is no sign of a false alarm: true where the spec keeps no time and the rule
     * is its oracle for each timer whose effect rests on the clock.
     */
    default boolean coversClock() {
        return false;
    }

    /**
     * The rule of {@code algorithm} (its command-line name): the rings' leader-timer oracle for LeLann and
     * Chang-Roberts, Raft's and Paxos's synchrony oracles for their election timers, the recipes' session and
     * lease rules for ZooKeeper and etcd, otherwise {@link #QUIET}.
     */
    static TimerRule of(String algorithm, ModelBounds bounds, int[] ids) {
        String base = algorithm.split("\\+")[0];
        if (base.equals("lelann") || base.equals("chang-roberts")) {
            return new RingLeaderTimer(bounds.earlyEpochs(), ids);
        }
        if (base.equals("raft")) {
            return new RaftElectionTimer(ids);
        }
        if (base.equals("paxos")) {
            return new PaxosElectionTimer(ids);
        }
        if (base.equals("zookeeper")) {
            return new ZooKeeperSessionTimers(ids, bounds.constants().getOrDefault("MaxSuspicions", "0").equals("0"));
        }
        if (base.equals("etcd")) {
            String attempts = bounds.constants().get("MaxAttempts");
            return new EtcdLeaseTimers(ids, attempts == null ? Long.MAX_VALUE : Long.parseLong(attempts.strip()));
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
     * ring is calm, and before that while the node's epoch is below {@code MaxEpoch}, without a budget
     * (the spec's early timeouts, which only start a newer election). The acknowledgement timer keeps the
     * quiet rule: the spec's oracle lets it run out once its message reached a node that was down, which
     * leaves nothing in flight for it.
     */
    record RingLeaderTimer(long earlyBelow, int[] ids) implements TimerRule {

        /** The ring node's leader timer, as RingNode names it. */
        static final String LEADER_TIMER = "leader";
        /** The ring node's acknowledgement timer, pending while a message it sent waits for its Ack. */
        static final String ACK_TIMER = "ack";

        @Override
        public When when(World w, int slot, String timer, boolean quiet) {
            if (!LEADER_TIMER.equals(timer)) {
                return QUIET.when(w, slot, timer, quiet);
            }
            if (served(w, slot)) {
                return When.NEVER;
            }
            return calm(w) || w.epochs[slot] < earlyBelow ? When.ON_TIME : When.EARLY;
        }

        /**
         * RingBase's {@code Calm}, where the explorer can tell it: nothing in flight, and no live node waiting
         * for an acknowledgement (its acknowledgement timer pending), which in a quiet network means its
         * message was lost to a down successor; its acknowledgement timer runs out first and skips the
         * successor, as the spec orders. The spec's calm with acknowledgements still in flight is left to the
         * early rule.
         */
        private static boolean calm(World w) {
            if (w.flights.length > 0) {
                return false;
            }
            for (int m = 0; m < w.timers.length; m++) {
                if (w.up(m) && java.util.Arrays.binarySearch(w.timers[m], ACK_TIMER) >= 0) {
                    return false;
                }
            }
            return true;
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

    /**
     * Raft.tla's {@code Timeout}: the election timer runs out on time when {@code Sync(n)} holds (no live
     * leader, and among the live campaigning nodes n is the one ahead: the higher term, the lower id on a
     * tie, standing for the node whose randomized timer fires first), whatever is in flight; otherwise only
     * as one of {@code MaxEarly} early timeouts. {@code Eligible(n)} holds, every node's log being the
     * same empty one in the explorer. The other timers (heartbeat, check-quorum) keep the quiet rule.
     */
    record RaftElectionTimer(int[] ids) implements TimerRule {

        /** Raft.java's election timer. */
        static final String ELECTION_TIMER = "election";

        @Override
        public When when(World w, int slot, String timer, boolean quiet) {
            if (!ELECTION_TIMER.equals(timer)) {
                return QUIET.when(w, slot, timer, quiet);
            }
            return sync(w, slot) ? When.ON_TIME : When.EARLY;
        }

        private boolean sync(World w, int n) {
            for (int m = 0; m < ids.length; m++) {
                if (w.up(m) && w.roles[m] == Role.LEADER) {
                    return false;
                }
            }
            for (int m = 0; m < ids.length; m++) {
                if (m != n && w.up(m) && w.roles[m] == Role.CANDIDATE && !(w.roles[n] == Role.CANDIDATE
                        && (w.terms[n] > w.terms[m] || (w.terms[n] == w.terms[m] && ids[n] < ids[m])))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Paxos.tla's {@code Timeout}: the election timer runs out on time when {@code Sync(n)} holds (no live
     * leader, and n's round ahead of every other live node's: higher, or equal with the lower id), whatever
     * is in flight; otherwise only as one of {@code MaxEarly} early timeouts. The other timers keep the
     * quiet rule.
     */
    record PaxosElectionTimer(int[] ids) implements TimerRule {

        /** Paxos.java's election timer. */
        static final String ELECTION_TIMER = "election";

        @Override
        public When when(World w, int slot, String timer, boolean quiet) {
            if (!ELECTION_TIMER.equals(timer)) {
                return QUIET.when(w, slot, timer, quiet);
            }
            for (int m = 0; m < ids.length; m++) {
                if (w.up(m) && w.roles[m] == Role.LEADER) {
                    return When.EARLY;
                }
                if (m != slot && w.up(m) && !(w.epochs[slot] > w.epochs[m]
                        || (w.epochs[slot] == w.epochs[m] && ids[slot] < ids[m]))) {
                    return When.EARLY;
                }
            }
            return When.ON_TIME;
        }
    }

    /** Session ids and lease ids are {@code attempt * 1024 + client id} in both recipes. */
    int RECIPE_ID_LIMIT = 1024;

    /**
     * Whether the session or lease {@code id} is the current one of a live client: ZkRecipe.tla's
     * {@code ~Orphan(s)}, EtcdRecipe.tla's {@code Relies(l)} (a client that started is never idle again).
     */
    static boolean inUse(World w, int[] ids, long id) {
        int owner = (int) (id % RECIPE_ID_LIMIT);
        for (int s = 0; s < ids.length; s++) {
            if (ids[s] == owner) {
                return w.up(s) && w.epochs[s] * RECIPE_ID_LIMIT + owner == id;
            }
        }
        return false;
    }

    /**
     * ZkRecipe.tla's time: the service expires a session nobody uses any more (its client is down or has
     * started over) at any moment, whatever is in flight ({@code Expire} of an orphan, which fairness
     * makes happen); a session still in use only as one of the model's {@code MaxExpiries}, spent as the
     * explorer's early timeouts (a pause: with clocks of equal rates the client heartbeats long before
     * the session timeout). The client's own session timer never runs out: its give-up
     * ({@code SessionTimeout}, budgeted by {@code MaxSuspicions}) is decided by its clock, which stands
     * still here, so models that grant give-ups are explored without them and the clock stays flagged.
     * Heartbeats and writes keep the quiet rule (the spec lets them go at any moment; the Java network
     * is a bag, which unbounded resends would grow without end).
     *
     * @param noGiveUps the model grants no give-up, so the rule covers every decision the clock makes
     */
    record ZooKeeperSessionTimers(int[] ids, boolean noGiveUps) implements TimerRule {

        /** The service's expiry timer of a session, SimulatedZooKeeper's "expire:" and the session id. */
        static final String EXPIRE = "expire:";
        /** The client's session timer, at which ZooKeeperRecipeClient gives its session up. */
        static final String SESSION_TIMER = "session";

        @Override
        public When when(World w, int slot, String timer, boolean quiet) {
            if (timer.startsWith(EXPIRE)) {
                return inUse(w, ids, Long.parseLong(timer.substring(EXPIRE.length()))) ? When.EARLY : When.ON_TIME;
            }
            if (SESSION_TIMER.equals(timer)) {
                return When.NEVER;
            }
            return QUIET.when(w, slot, timer, quiet);
        }

        @Override
        public boolean coversClock() {
            return noGiveUps;
        }
    }

    /**
     * EtcdRecipe.tla's time: a client's TTL timer may run out at any moment ({@code LeaseTimeout}), while it
     * may still campaign ({@code attempt < MaxAttempts}, the guard of {@code Campaign}); the service expires
     * a lease its client no longer relies on at any moment, and one it relies on only after the client's
     * own TTL timer ran out (the spec's order: that timer, counted from before the service's last refresh,
     * fires first) or as one of the model's {@code MaxPauses}, spent as the explorer's early timeouts. The
     * keep-alive, retry and write timers keep the quiet rule.
     */
    record EtcdLeaseTimers(int[] ids, long maxAttempts) implements TimerRule {

        /** The service's expiry timer of a lease, SimulatedEtcd's "lease-" and the lease id. */
        static final String EXPIRE = "lease-";
        /** The client's TTL timer, EtcdRecipeClient's. */
        static final String LEASE_TIMER = "lease";

        @Override
        public When when(World w, int slot, String timer, boolean quiet) {
            if (timer.startsWith(EXPIRE)) {
                long lease = Long.parseLong(timer.substring(EXPIRE.length()));
                if (!inUse(w, ids, lease)) {
                    return When.ON_TIME;
                }
                int owner = -1;
                for (int s = 0; s < ids.length; s++) {
                    if (ids[s] == lease % RECIPE_ID_LIMIT) {
                        owner = s;
                    }
                }
                return java.util.Arrays.binarySearch(w.timers[owner], LEASE_TIMER) >= 0 ? When.EARLY : When.ON_TIME;
            }
            if (LEASE_TIMER.equals(timer)) {
                return w.epochs[slot] < maxAttempts ? When.ON_TIME : When.NEVER;
            }
            return QUIET.when(w, slot, timer, quiet);
        }

        @Override
        public boolean coversClock() {
            return true;
        }
    }
}
