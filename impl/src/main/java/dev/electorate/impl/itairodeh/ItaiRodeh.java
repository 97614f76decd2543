package dev.electorate.impl.itairodeh;

import dev.electorate.impl.common.ReferenceNode;
import dev.electorate.impl.itairodeh.Messages.Elected;
import dev.electorate.impl.itairodeh.Messages.Election;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One process of Itai and Rodeh's election on an anonymous ring, in Fokkink's presentation: an
 * active process draws a random id from 1..K each round and sends it round the ring with a hop
 * counter and a "unique so far" bit; a larger (round, id) makes it passive, a smaller one dies, an
 * equal one clears the bit. When its own message comes home (hop = n) it wins if the bit is still
 * set and otherwise draws again in the next round. Its reactions are the actions of
 * {@code ItaiRodeh.tla}.
 *
 * <p>Anonymity: no decision reads a node id. The ring size n is known (the hop counter needs it);
 * the cluster only gives the successor to send to, and the winner's own address travels in ELECTED
 * so that the others can name the leader (the harness asks every node whom it follows).
 */
public final class ItaiRodeh extends ReferenceNode {

    /** The process's phase: the TLA+ values of {@code state[n]}. */
    enum State { Active, Passive, Leader }

    private final int self;
    private final int successor;
    private final int ringSize;
    private final int k;
    private State state = State.Active;
    private int id;
    private int round;

    ItaiRodeh(int self, Cluster cluster, int k, String mutant) {
        super(mutant);
        this.self = self;
        this.successor = cluster.successor(self);
        this.ringSize = cluster.size();
        this.k = k;
    }

    /**
     * There is no recovery: a restarted process knows nothing and starts over in round 1, beside an
     * election that has moved on (a fault class outside the assumptions).
     */
    @Override
    protected void comeUp(Context ctx) {
        enterRound(ctx, 1);
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof Election e) {
            receiveElection(ctx, e);
            record(ctx, "ReceiveElection");
        } else if (message instanceof Elected e) {
            receiveElected(ctx, e);
            record(ctx, "ReceiveElected");
        }
        // Anything else is not an Itai-Rodeh message: ignored, nothing recorded.
    }

    @Override
    public void timeout(Context ctx, String timer) {
        // Itai-Rodeh sets no timers: it is asynchronous.
    }

    private void receiveElection(Context ctx, Election e) {
        if (state == State.Passive) {
            pass(ctx, e.id(), e.round(), e.hop(), e.unique());
        } else if (state == State.Leader) {
            return; // a stale message of a round the leader has already won: it dies here
        } else if (e.hop() == ringSize) {
            // Own message home, having passed every other process: none had a larger (round, id),
            // or it would have died. It may be a duplicated copy of an earlier round's message;
            // taking it for this round's is harmless, since with the bit set it has left every
            // other process passive for good (docs/algorithms.md, duplication and reordering).
            if (e.unique() || is("tie-wins")) {
                state = State.Leader;
                leader = self;
                ctx.send(successor, new Elected(self));
            } else {
                enterRound(ctx, round + 1);
            }
        } else if (e.round() == round && e.id() == id) {
            pass(ctx, e.id(), e.round(), e.hop(), false);
        } else if (e.round() > round || e.round() == round && e.id() > id) {
            state = State.Passive;
            pass(ctx, e.id(), e.round(), e.hop(), e.unique());
        }
        // A smaller (round, id) dies here: this process's own message beats it.
    }

    private void receiveElected(Context ctx, Elected e) {
        if (state == State.Passive) {
            leader = e.leader();
            if (!is("drop-elected")) {
                ctx.send(successor, e);
            }
        }
        // The leader absorbs its own announcement once it has gone round.
    }

    /** Draws a fresh id for {@code r} and sends it round the ring. */
    private void enterRound(Context ctx, int r) {
        state = State.Active;
        leader = Cluster.NONE;
        round = r;
        id = 1 + ctx.random(k);
        ctx.send(successor, new Election(id, round, 1, true));
    }

    private void pass(Context ctx, int i, int r, int hop, boolean unique) {
        int next = is("forget-hop-count") ? hop : hop + 1;
        ctx.send(successor, new Election(i, r, next, unique));
    }

    @Override
    protected void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("state", state.name());
        vars.put("id", id);
        vars.put("round", round);
        vars.put("leader", leader);
        ctx.record(action, vars);
    }

    @Override
    public Role role() {
        return switch (state) {
            case Active -> Role.CANDIDATE;
            case Passive -> Role.FOLLOWER;
            case Leader -> Role.LEADER;
        };
    }

    // No term() of its own: rounds order draws, not leaderships; one leader per run.
}
