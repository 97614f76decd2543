package dev.electorate.harness.sim;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;

/**
 * {@link VoteElection} with a bug real code has: the vote goes out before it is made durable, so a
 * crash between the two forgets a vote already given, and the node may vote again in that term.
 */
public class VoteBeforePersistElection extends VoteElection {

    public VoteBeforePersistElection(int self, Cluster cluster) {
        super(self, cluster);
    }

    @Override
    protected void grant(Context ctx, int candidate) {
        ctx.send(candidate, new Vote(term));
        save(ctx);
    }
}
