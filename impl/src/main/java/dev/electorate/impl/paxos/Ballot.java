package dev.electorate.impl.paxos;

import java.util.List;

/**
 * A ballot (round, proposer id), ordered by round and then by id, so that no two proposers share
 * one and every proposer can always pick one above any it has seen. The zero ballot (0, 0) is
 * below every ballot a proposer uses.
 */
record Ballot(long round, int proposer) implements Comparable<Ballot> {

    /** Ids stay below this so that {@link #encoded()} orders like the ballot. */
    static final int ID_LIMIT = 1024;

    static final Ballot ZERO = new Ballot(0, 0);

    @Override
    public int compareTo(Ballot o) {
        int byRound = Long.compare(round, o.round);
        return byRound != 0 ? byRound : Integer.compare(proposer, o.proposer);
    }

    boolean above(Ballot o) {
        return compareTo(o) > 0;
    }

    boolean atLeast(Ballot o) {
        return compareTo(o) >= 0;
    }

    /** The ballot as one number that orders like it: round * 1024 + id (the node's term and fencing token). */
    long encoded() {
        return round * ID_LIMIT + proposer;
    }

    /** The TLA+ value {@code <<round, proposer>>}. */
    List<Long> tla() {
        return List.of(round, (long) proposer);
    }
}
