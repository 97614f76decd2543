package dev.electorate.spec;

/**
 * One consistent belief about who leads: the leader's id ({@link Cluster#NONE} for nobody), the term
 * of that belief, and the fencing token of the leader's tenure, which a leader attaches to every write
 * so that storage can refuse the writes of a deposed leader.
 *
 * <p>Beliefs are ordered by (term, token): a later tenure has a greater pair. Within one tenure the
 * only change is its end, the same (term, token) with no leader.
 */
public record Leadership(int leader, long term, long token) {

    /** Nobody leads and no tenure has been seen: where every process starts. */
    public static final Leadership NONE = new Leadership(Cluster.NONE, 0, 0);

    public Leadership {
        if (leader < 0 || term < 0 || token < 0) {
            throw new IllegalArgumentException("leader, term and token must be non-negative: (" + leader + ", "
                    + term + ", " + token + ")");
        }
    }

    /** Whether some node leads in this belief. */
    public boolean hasLeader() {
        return leader != Cluster.NONE;
    }

    /**
     * Whether this belief may replace {@code current}: its (term, token) is greater, or it is the end of
     * the same tenure (same pair, no leader). Anything else is stale news and must not go backwards.
     */
    public boolean supersedes(Leadership current) {
        int order = term != current.term ? Long.compare(term, current.term) : Long.compare(token, current.token);
        if (order != 0) {
            return order > 0;
        }
        return !hasLeader() && current.hasLeader();
    }
}
