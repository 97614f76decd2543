package dev.electorate.impl.changroberts;

import dev.electorate.impl.ring.Messages.Elected;
import dev.electorate.impl.ring.Messages.Election;
import dev.electorate.impl.ring.RingNode;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;

/**
 * One node of Chang and Roberts' ring election: a bid travels on only while it beats the ids it
 * meets, so only the highest returns home, and the winner announces itself with ELECTED and takes
 * office when that comes home; its reactions are the actions of {@code ChangRoberts.tla}.
 */
public final class ChangRoberts extends RingNode {

    ChangRoberts(int self, Cluster cluster, String mutant) {
        super(self, cluster, mutant);
    }

    @Override
    protected void onElection(Context ctx, int id) {
        if (id > self || id < self && "forward-smaller".equals(mutant)) {
            forward(ctx, new Election(epoch, id));
        } else if (id == self && state == State.Candidate) {
            // Own bid is back: it beat every live id on the ring. The node leads only once its
            // ELECTED is home too: a node that has moved to a newer epoch meanwhile drops it, and
            // an election the ring has left must not yield a leader.
            if ("forward-smaller".equals(mutant)) {
                lead(ctx);
            }
            send(ctx, new Elected(epoch, self));
        }
        // A smaller bid dies here: this node's own, higher bid is already on its way.
    }
}
