package dev.electorate.harness.sim;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;

/** {@link VoteElection} that persists a lambda with its ballot: no disk can hold code. */
public class UnwritableElection extends VoteElection {

    public UnwritableElection(int self, Cluster cluster) {
        super(self, cluster);
    }

    @Override
    protected void save(Context ctx) {
        Runnable reminder = () -> { };
        ctx.persist(java.util.List.of(new Ballot(term, votedFor), reminder));
    }
}
