package com.acme.election;

import dev.electorate.spec.BeliefNode;
import dev.electorate.spec.Context;

/**
 * What Acme's elections share: a node comes up the same way at its first start and after a crash
 * (having first taken back what it persisted, if anything), and records each reaction as one step
 * with the variables it names.
 */
public abstract class AcmeNode extends BeliefNode {

    @Override
    public void start(Context ctx) {
        comeUp(ctx);
        record(ctx, "Start");
    }

    @Override
    public void restart(Context ctx, Object durable) {
        recover(durable);
        comeUp(ctx);
        record(ctx, "Restart");
    }

    /** Takes back what the node persisted before it crashed (null if nothing); a node without a disk has nothing to do. */
    protected void recover(Object durable) {
    }

    /** What the node does whenever it comes up, the first time or again after a crash. */
    protected abstract void comeUp(Context ctx);

    /** Records the reaction {@code action} with the node's variables after it. */
    protected abstract void record(Context ctx, String action);
}
