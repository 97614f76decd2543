package dev.electorate.impl.lelann;

import dev.electorate.impl.ring.Messages.Alive;
import dev.electorate.impl.ring.Messages.Election;
import dev.electorate.impl.ring.RingNode;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import java.util.Map;
import java.util.TreeSet;

/**
 * One node of Le Lann's ring election: every bid goes all the way round, each node collects the
 * ids it sees, and when its own bid returns it knows every live id and names the highest; its
 * reactions are the actions of {@code LeLann.tla}, which also has the variable {@code seen}.
 */
public final class LeLann extends RingNode {

    private final TreeSet<Integer> seen = new TreeSet<>();

    LeLann(int self, Cluster cluster, String mutant) {
        super(self, cluster, mutant);
        seen.add(self);
    }

    @Override
    protected void enterEpoch() {
        seen.clear();
        seen.add(self);
    }

    @Override
    protected void onElection(Context ctx, int id) {
        if (id != self) {
            seen.add(id);
            forward(ctx, new Election(epoch, id));
            return;
        }
        if (state != State.Candidate) {
            return; // decided already: an ALIVE of this epoch came first
        }
        // Own bid is back. Every node bid before passing it on, so every live node's bid reached
        // this node before this one returned: seen is complete.
        int highest = "declare-own-id".equals(mutant) ? self : seen.last();
        if (highest == self) {
            // The winner takes office only when its first ALIVE comes home (see RingNode#announced):
            // a node that has moved to a newer epoch meanwhile drops it. The mutant leads at once.
            if ("declare-own-id".equals(mutant)) {
                lead(ctx);
            }
            send(ctx, new Alive(epoch, self));
        } else {
            follow(ctx, highest);
        }
    }

    @Override
    protected void extraVars(Map<String, Object> vars) {
        vars.put("seen", new TreeSet<>(seen));
    }
}
