package dev.electorate.spec;

/**
 * A {@link Node} that keeps its belief (role, leader, term) in fields its reactions set, and answers
 * {@link #role()}, {@link #leader()} and {@link #term()} from them; a node that derives one of them
 * from other state overrides that answer.
 */
public abstract class BeliefNode implements Node {

    /** What this node believes it is; idle until its reactions say otherwise. */
    protected Role role = Role.IDLE;
    /** The id this node believes leads, or {@link Cluster#NONE}. */
    protected int leader = Cluster.NONE;
    /** The term of its belief; stays 0 for an algorithm without terms. */
    protected long term;

    @Override
    public Role role() {
        return role;
    }

    @Override
    public int leader() {
        return leader;
    }

    @Override
    public long term() {
        return term;
    }
}
