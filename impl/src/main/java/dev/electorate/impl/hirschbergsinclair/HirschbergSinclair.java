package dev.electorate.impl.hirschbergsinclair;

import dev.electorate.impl.common.ReferenceNode;
import dev.electorate.impl.hirschbergsinclair.Messages.Elected;
import dev.electorate.impl.hirschbergsinclair.Messages.Probe;
import dev.electorate.impl.hirschbergsinclair.Messages.Reply;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One node of Hirschberg and Sinclair's election on a bidirectional ring: in phase k a candidate
 * probes 2^k hops each way and goes on to phase k + 1 only when both probes come back as replies;
 * a probe that meets a higher id dies, so a candidate whose own probe travels all the way round
 * has the highest id, leads, and announces itself with ELECTED. Its reactions are the actions of
 * {@code HirschbergSinclair.tla}, in the same order.
 *
 * <p>No reaction depends on time, on the order of arrival on a link, or on whether a message came
 * once or twice: relaying depends only on the message and the node's id, and a reply counts as a
 * direction answered in the current phase (a set, so a second copy changes nothing; an older
 * phase's reply is stale). That is why the algorithm tolerates reordering, duplication, pauses and
 * skewed clocks, and why it needs no timers. It does not survive a crash: a probe or reply that
 * reaches a crashed node is gone, and nobody notices.
 */
public final class HirschbergSinclair extends ReferenceNode {

    /** The node's phase of the election: the TLA+ values of {@code state[n]}. */
    enum State { Candidate, Leader, Follower }

    /** Towards successors. */
    static final String CW = "cw";
    /** Towards predecessors. */
    static final String CCW = "ccw";

    private final int self;
    private final Cluster cluster;
    private State state = State.Candidate;
    private int phase;
    /** The directions whose probe of the current phase has come back as a reply. */
    private final SortedSet<String> replies = new TreeSet<>();

    HirschbergSinclair(int self, Cluster cluster, String mutant) {
        super(mutant);
        this.self = self;
        this.cluster = cluster;
    }

    /** The distance a probe of {@code phase} travels before it turns back as a reply. */
    static long reach(int phase) {
        return 1L << phase;
    }

    /**
     * The classic algorithm knows no recovery: a restarted node starts over as if new. The
     * specification has no such action (crashes lie outside the assumptions), so a trace with a
     * restart is not one of its behaviours.
     */
    @Override
    protected void comeUp(Context ctx) {
        begin(ctx);
    }

    private void begin(Context ctx) {
        if (cluster.size() == 1) {
            lead(); // alone: nobody to probe or tell
        } else {
            probe(ctx);
        }
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof Probe p) {
            receiveProbe(ctx, p);
            record(ctx, "ReceiveProbe");
        } else if (message instanceof Reply r) {
            receiveReply(ctx, r);
            record(ctx, "ReceiveReply");
        } else if (message instanceof Elected e) {
            receiveElected(ctx, e);
            record(ctx, "ReceiveElected");
        }
        // Anything else is not this algorithm's: ignored, nothing recorded.
    }

    @Override
    public void timeout(Context ctx, String timer) {
        // No timers: the algorithm relies on no bound on delays.
    }

    /**
     * Its own probe back home has passed every other node, so this node has the highest id: it
     * leads (once; the probe of the other direction follows) and announces. A higher id's probe
     * goes on while it has hops left and turns back as a reply when it has none; a lower one
     * dies here.
     */
    private void receiveProbe(Context ctx, Probe p) {
        if (p.id() == self) {
            if (state == State.Candidate) {
                lead();
                send(ctx, CW, new Elected(self));
            }
        } else if (p.id() > self || is("reply-smaller")) {
            if (p.hops() < reach(p.phase())) {
                send(ctx, p.dir(), new Probe(p.id(), p.phase(), p.hops() + 1, p.dir()));
            } else {
                String back = opposite(p.dir());
                send(ctx, back, new Reply(p.id(), p.phase(), back));
            }
        }
    }

    /**
     * Someone else's reply travels on towards its candidate. A candidate's own reply of its
     * current phase marks that direction answered; with both answered it starts the next phase.
     */
    private void receiveReply(Context ctx, Reply r) {
        if (r.id() != self) {
            send(ctx, r.dir(), new Reply(r.id(), r.phase(), r.dir()));
        } else if (state == State.Candidate && r.phase() == phase) {
            replies.add(opposite(r.dir()));
            if (replies.size() == 2 && !is("no-next-phase")) {
                phase++;
                replies.clear();
                probe(ctx);
            }
        }
    }

    /** Follows the winner and passes the announcement on, unless it is the winner's own back home. */
    private void receiveElected(Context ctx, Elected e) {
        if (e.id() != self) {
            state = State.Follower;
            leader = e.id();
            if (!is("drop-elected")) {
                send(ctx, CW, new Elected(e.id()));
            }
        }
    }

    /** Probes of the current phase, one hop out in each direction. */
    private void probe(Context ctx) {
        send(ctx, CW, new Probe(self, phase, 1, CW));
        send(ctx, CCW, new Probe(self, phase, 1, CCW));
    }

    private void lead() {
        state = State.Leader;
        leader = self;
    }

    private void send(Context ctx, String dir, Message m) {
        ctx.send(CW.equals(dir) ? cluster.successor(self) : cluster.predecessor(self), m);
    }

    static String opposite(String dir) {
        return CW.equals(dir) ? CCW : CW;
    }

    @Override
    protected void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("state", state.name());
        vars.put("leader", leader);
        vars.put("phase", phase);
        vars.put("replies", new TreeSet<>(replies));
        ctx.record(action, vars);
    }

    @Override
    public Role role() {
        return switch (state) {
            case Candidate -> Role.CANDIDATE;
            case Leader -> Role.LEADER;
            case Follower -> Role.FOLLOWER;
        };
    }

    // No term() of its own: one election, no terms.
}
