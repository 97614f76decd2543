package dev.electorate.impl.common;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Node;

/**
 * What the reference nodes share: the mutant each runs as, the leader it believes in, and the one way
 * it comes up, at its first start and again after a crash (having first taken back what it persisted),
 * each recorded as one step with the spec's variables.
 */
public abstract class ReferenceNode implements Node {

    private final String mutant;
    /** The id this node believes leads, or {@link Cluster#NONE}: the spec variable {@code leader}. */
    protected int leader = Cluster.NONE;

    /** A node running as {@code mutant}, or as the algorithm itself when it is null. */
    protected ReferenceNode(String mutant) {
        this.mutant = mutant;
    }

    @Override
    public final void start(Context ctx) {
        comeUp(ctx);
        record(ctx, "Start");
    }

    @Override
    public final void restart(Context ctx, Object durable) {
        recover(ctx, durable);
        comeUp(ctx);
        record(ctx, "Restart");
    }

    /** Takes back what the node persisted before it crashed (null if nothing); nothing to do by default. */
    protected void recover(Context ctx, Object durable) {
    }

    /** What the node does whenever it comes up, the first time or again after a crash. */
    protected abstract void comeUp(Context ctx);

    /** Records the reaction {@code action} with the spec's variables after it. */
    protected abstract void record(Context ctx, String action);

    /** Whether this node runs as the mutant {@code name}. */
    protected final boolean is(String name) {
        return name.equals(mutant);
    }

    @Override
    public final int leader() {
        return leader;
    }
}
