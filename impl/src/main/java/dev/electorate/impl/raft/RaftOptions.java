package dev.electorate.impl.raft;

/**
 * Raft's optional extensions (Ongaro's thesis, section 9.6), both off by default as in the paper.
 *
 * @param preVote     a node whose election timer fires first asks whether a majority would vote
 *                    for it, and campaigns (raising its term) only if so; a node grants a pre-vote
 *                    only if it has not heard from a leader for an election timeout, so a node
 *                    cut off from the leader cannot disrupt it with ever higher terms
 * @param checkQuorum a leader that has not heard from a majority for an election timeout steps
 *                    down, and a follower that heard from its leader within an election timeout
 *                    ignores RequestVote with a higher term (the leader's lease)
 */
public record RaftOptions(boolean preVote, boolean checkQuorum) {
    /** Plain Raft, as in the paper. */
    public static final RaftOptions NONE = new RaftOptions(false, false);
    /** Both extensions on. */
    public static final RaftOptions PRE_VOTE_CHECK_QUORUM = new RaftOptions(true, true);
}
