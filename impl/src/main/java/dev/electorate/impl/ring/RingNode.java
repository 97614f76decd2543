package dev.electorate.impl.ring;

import dev.electorate.impl.ring.Messages.Ack;
import dev.electorate.impl.ring.Messages.Alive;
import dev.electorate.impl.ring.Messages.Elected;
import dev.electorate.impl.ring.Messages.Election;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import dev.electorate.spec.Timing;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the ring elections share: epochs, acknowledged hops that route round a crashed successor,
 * the leader's ALIVE token and the timeout that starts a new election without it; subclasses say
 * only what an ELECTION of the current epoch does.
 *
 * <p>Epochs keep elections apart: every ring message carries one, older ones are dropped, and a
 * newer ELECTION makes the node join that election, bidding itself first (every node initiates),
 * so that its own bid travels ahead of every bid it forwards. That ordering is what makes "my bid
 * came back" mean "it passed every live node", and it only breaks when a node enters an epoch late,
 * after a restart: the node that notices (a node that has already decided and gets a bid straight
 * from its owner, or a node that hears of a leader lower than itself) starts a newer epoch.
 */
public abstract class RingNode implements Node {

    /** The node's phase: the TLA+ values of {@code state[n]}. */
    protected enum State { Candidate, Leader, Follower }

    protected static final long D = Timing.MAX_DELAY;
    /** A ring message reaches a live successor within D and its ACK is back within 2D; +1 beats a same-tick arrival. */
    public static final long ACK_TIMEOUT = 2 * D + 1;
    /** How often the leader sends its ALIVE token round the ring. */
    public static final long ALIVE_PERIOD = 2 * D;

    public static final String ACK_TIMER = "ack";
    public static final String LEADER_TIMER = "leader";
    public static final String ALIVE_TIMER = "alive";

    protected final int self;
    protected final Cluster cluster;
    protected final String mutant;
    protected State state = State.Candidate;
    protected int leader = Cluster.NONE;
    protected int epoch;
    protected int next;
    /** Ring messages sent in the current epoch; the next one is numbered {@code sent + 1}. */
    private int sent;
    /** Ring messages sent to {@code next} and not yet acknowledged, oldest first. */
    private final ArrayDeque<RingMessage> unacked = new ArrayDeque<>();

    protected RingNode(int self, Cluster cluster, String mutant) {
        this.self = self;
        this.cluster = cluster;
        this.mutant = mutant;
        this.next = cluster.successor(self);
    }

    /**
     * The longest one election takes from the moment its first bid is sent: the bids need up to n
     * hops to draw every node in, the winner's bid (or, in Le Lann's, the last bid) n hops to come
     * home and the winner's announcement (ELECTED, or Le Lann's first ALIVE) n more; a hop takes
     * at most D, plus one ACK_TIMEOUT when it has to route round a crashed node. 3n hops of
     * D + ACK_TIMEOUT covers all of it.
     */
    public static long electionTime(int n) {
        return 3L * n * (D + ACK_TIMEOUT);
    }

    /**
     * How long a node waits for a sign of a leader: a whole election, so that a running one is
     * never cut short, plus one ALIVE period, so that a follower of a live leader (whose token
     * arrives every period, late by at most one election's worth of skips) never times out.
     */
    public static long leaderTimeout(int n) {
        return ALIVE_PERIOD + electionTime(n);
    }

    /** What an ELECTION of the current epoch does at this node. */
    protected abstract void onElection(Context ctx, int id);

    /** Variables besides state, leader, epoch and next that the spec has (LeLann's seen). */
    protected void extraVars(Map<String, Object> vars) {}

    /** Resets what belongs to one election when the node enters a new one. */
    protected void enterEpoch() {}

    // Each reaction's messages leave once it is over, after its epoch is persisted: a crash inside
    // the reaction must not leave a hop acknowledged by a node that then restarts in an older epoch
    // than the one its acknowledgement's reaction entered. The order of the messages is kept.

    @Override
    public void start(Context ctx) {
        Outbox out = new Outbox(ctx);
        onStart(out);
        out.flush();
    }

    @Override
    public void restart(Context ctx, Object durable) {
        Outbox out = new Outbox(ctx);
        onRestart(out, durable);
        out.flush();
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        Outbox out = new Outbox(ctx);
        onReceive(out, from, message);
        out.flush();
    }

    @Override
    public void timeout(Context ctx, String timer) {
        Outbox out = new Outbox(ctx);
        onTimeout(out, timer);
        out.flush();
    }

    private void onStart(Context ctx) {
        bid(ctx, 1);
        record(ctx, "Start");
    }

    /**
     * A fresh incarnation knows only the epoch it last persisted; it bids in the next one, so that
     * a recovered higher id takes over. If the ring has already reached that epoch, the nodes it
     * meets start a newer one for it (see {@link #receiveElection} and {@link #announced}).
     */
    private void onRestart(Context ctx, Object durable) {
        bid(ctx, (durable == null ? 0 : (Integer) durable) + 1);
        record(ctx, "Restart");
    }

    private void onReceive(Context ctx, int from, Message message) {
        if (message instanceof Election e) {
            ack(ctx, from, e);
            receiveElection(ctx, from, e);
            record(ctx, "ReceiveElection");
        } else if (message instanceof Elected e) {
            ack(ctx, from, e);
            announced(ctx, from, e.epoch(), e.id(), e);
            record(ctx, "ReceiveElected");
        } else if (message instanceof Alive a) {
            ack(ctx, from, a);
            announced(ctx, from, a.epoch(), a.id(), a);
            record(ctx, "ReceiveAlive");
        } else if (message instanceof Ack a) {
            receiveAck(ctx, from, a);
            record(ctx, "ReceiveAck");
        }
        // Anything else is not a ring message: ignored, nothing recorded.
    }

    private void onTimeout(Context ctx, String timer) {
        switch (timer) {
            case ACK_TIMER -> {
                skipSuccessor(ctx);
                record(ctx, "AckTimeout");
            }
            case LEADER_TIMER -> {
                bid(ctx, epoch + 1);
                record(ctx, "LeaderTimeout");
            }
            case ALIVE_TIMER -> {
                if (state == State.Leader) {
                    send(ctx, new Alive(epoch, self));
                    ctx.setTimer(ALIVE_TIMER, ALIVE_PERIOD);
                }
                record(ctx, "SendAlive");
            }
            default -> { }
        }
    }

    /**
     * A newer bid draws the node into its election; a bid of the current epoch is the algorithm's
     * business; an older one is stale. Three exceptions. Two are about a node that entered an epoch
     * late (it restarted, or it was skipped while down and came back). Every live node bids before
     * it forwards anything of an epoch, and bids travel in FIFO order, so a node that has decided
     * has already seen every bid of its epoch: one arriving after the decision comes from a late
     * entrant, whose bid was not counted and could still come home and make it a second leader;
     * and a bid of an older epoch straight from its owner means the owner is behind and will not
     * be drawn in. In both cases the node starts a newer election, which counts it. The third is
     * about a route that skipped a node while it was down: a newer bid whose route from its sender
     * skips the node this one follows (refinement 8 of docs/algorithms.md). The leader may have
     * restarted since and won the older epoch, whose announcement passed here just before this
     * bid; the newer election would then elect a second leader without ever reaching it. The node
     * starts a newer election instead: every node that joins it routes over the full ring again.
     */
    private void receiveElection(Context ctx, int from, Election e) {
        if (e.epoch() > epoch && leader != Cluster.NONE && leader != self && between(from, leader)
                && !"join-round-leader".equals(mutant)) {
            bid(ctx, e.epoch() + 1);
            return;
        }
        if (e.epoch() > epoch) {
            bid(ctx, e.epoch());
        } else if (state != State.Candidate && e.id() != self
                && (e.epoch() == epoch || from == e.id())) {
            bid(ctx, epoch + 1);
            return;
        }
        if (e.epoch() == epoch) {
            onElection(ctx, e.id());
        }
    }

    /**
     * ELECTED and ALIVE both say "{@code id} leads epoch {@code e}". The node follows it (joining
     * {@code e} if it is newer) and passes the message on, unless it is stale, or it is this node's
     * own message back home, or {@code id} is lower than this node: then this node's bid was never
     * counted (it entered the epoch late), and following would elect the wrong node, so it starts
     * a newer election instead.
     *
     * <p>A stale one straight from its owner means the owner is behind: it leads, or is about to
     * lead, an election the ring has left, possibly on a route that skipped a node which has
     * since started the newer one without it. Dropping it would leave two leaders; the node
     * starts a newer election, whose bids draw the owner in. The node's own announcement back
     * home (Chang-Roberts' ELECTED, Le Lann's first ALIVE) makes a candidate of that epoch lead:
     * every node on the way followed it in that very epoch.
     */
    private void announced(Context ctx, int from, int e, int id, RingMessage m) {
        if (e < epoch && from == id) {
            bid(ctx, epoch + 1);
            return;
        }
        if (e < epoch) {
            return;
        }
        if (id == self) {
            if (e == epoch && state == State.Candidate) {
                lead(ctx);
            }
            return;
        }
        if (id < self) {
            bid(ctx, Math.max(e, epoch) + 1);
            return;
        }
        if (e > epoch) {
            enter(ctx, e);
        }
        follow(ctx, id);
        if (!"drop-announcement".equals(mutant)) {
            forward(ctx, m);
        }
    }

    /** Enters election {@code newEpoch} and bids: the contract's "every node initiates". */
    protected final void bid(Context ctx, int newEpoch) {
        enter(ctx, newEpoch);
        send(ctx, new Election(epoch, self));
    }

    /**
     * A new epoch starts from the ring as configured (skipped nodes may be back) and drops what was
     * outstanding on the old route: those messages belong to older epochs, which the new one
     * supersedes, and their acknowledgements carry those epochs, so they pair with nothing. Its
     * messages are numbered afresh.
     */
    private void enter(Context ctx, int newEpoch) {
        epoch = newEpoch;
        state = State.Candidate;
        leader = Cluster.NONE;
        next = cluster.successor(self);
        sent = 0;
        unacked.clear();
        ctx.cancelTimer(ACK_TIMER);
        ctx.cancelTimer(ALIVE_TIMER);
        ctx.persist(epoch);
        ctx.setTimer(LEADER_TIMER, leaderTimeout(cluster.size()));
        enterEpoch();
    }

    /** The node wins the current election. */
    protected final void lead(Context ctx) {
        state = State.Leader;
        leader = self;
        ctx.cancelTimer(LEADER_TIMER);
        ctx.setTimer(ALIVE_TIMER, ALIVE_PERIOD);
    }

    /** The node learns that {@code id} leads its epoch, and waits for its next token. */
    protected final void follow(Context ctx, int id) {
        state = State.Follower;
        leader = id;
        ctx.cancelTimer(ALIVE_TIMER);
        ctx.setTimer(LEADER_TIMER, leaderTimeout(cluster.size()));
    }

    /** Numbers a ring message, sends it to the current successor and waits for its acknowledgement. */
    protected final void send(Context ctx, RingMessage m) {
        if (next == self) {
            return; // alone on the ring: nobody to tell
        }
        if (unacked.isEmpty()) {
            ctx.setTimer(ACK_TIMER, ACK_TIMEOUT);
        }
        RingMessage numbered = m.withSeq(++sent);
        unacked.addLast(numbered);
        ctx.send(next, numbered);
    }

    /**
     * Passes a message on, unless the route to {@code next} skips the node that owns it: that
     * node has crashed and the message would otherwise circle the ring for ever (a dead leader's
     * token would even keep its followers from noticing).
     */
    protected final void forward(Context ctx, RingMessage m) {
        if (!skips(m.id())) {
            send(ctx, m);
        }
    }

    /** True when {@code id} lies strictly between this node and {@code next} on the ring. */
    private boolean skips(int id) {
        for (int k = cluster.successor(self); k != next && k != self; k = cluster.successor(k)) {
            if (k == id) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code id} lies strictly between {@code from} and this node on the ring: a route from there skips it. */
    private boolean between(int from, int id) {
        for (int k = cluster.successor(from); k != self && k != from; k = cluster.successor(k)) {
            if (k == id) {
                return true;
            }
        }
        return false;
    }

    private void ack(Context ctx, int from, RingMessage m) {
        ctx.send(from, new Ack(m.epoch(), m.seq()));
    }

    /**
     * An ACK names the message it answers. FIFO links deliver the successor's ACKs in the order
     * it took the messages, so the outstanding messages older than the one answered were never
     * taken: they reached the successor while it was down, and it has restarted since. They are
     * not waited for any longer (waiting would make the ACK timer skip a live successor) and, as
     * with any message lost to a crash, not resent: the restarted node bids at once, which draws
     * it into the ring's election or starts a newer one. An ACK that answers no outstanding
     * message is for a message of an abandoned route or of this node's previous incarnation and
     * is ignored. An ACK from a node this route skips proves that node is back
     * (the ACK timeout outlasts every acknowledgement its previous incarnation could still send):
     * it restarted after a message to it was lost and before the timeout fired. The node routes
     * through it again, so that it gets the ring's tokens, and stops tracking what it sent round
     * it (those messages reach a live node anyway; their ACKs would no longer come from next).
     * A candidate starts a newer election instead: TLC found a 4-node run where the returning
     * node's own bid of the same epoch came home after a bid that had gone round it did.
     */
    private void receiveAck(Context ctx, int from, Ack a) {
        if (from != next && skips(from)) {
            if (state == State.Candidate) {
                // The returning node may have bid in this very epoch on its own, and a bid that
                // went round it could still come home and make a second leader: start over.
                bid(ctx, epoch + 1);
                return;
            }
            next = from;
            unacked.clear();
            ctx.cancelTimer(ACK_TIMER);
            return;
        }
        if ("fifo-ack".equals(mutant) && from == next && !unacked.isEmpty()) {
            // The pairing before refinement 9: any ACK clears the oldest outstanding message.
            unacked.removeFirst();
        } else if (from != next || unacked.stream().noneMatch(m -> answers(a, m))) {
            return;
        } else {
            while (!answers(a, unacked.removeFirst())) {
                // lost to the successor's previous incarnation
            }
        }
        if (unacked.isEmpty()) {
            ctx.cancelTimer(ACK_TIMER);
        } else {
            ctx.setTimer(ACK_TIMER, ACK_TIMEOUT);
        }
    }

    /**
     * The successor did not acknowledge in time, so it crashed: route round it and resend what it
     * did not take, except its own messages (they die with it). Nobody left: this node leads
     * alone, in a new epoch so that no other node ever led the one it leads.
     *
     * <p>One exception, during an election: a message the successor owns queued behind the
     * unacknowledged one came round the ring after that one was lost, so the successor may have
     * restarted since and be taking part in this epoch; routing round it now could bring this
     * node's bid home without passing it and make two leaders. The node starts a newer election
     * on the full ring instead (if the successor is down after all, that election's first hop
     * times out and skips it). Once the node has decided, no bid of its own is at stake.
     */
    private void skipSuccessor(Context ctx) {
        if (unacked.isEmpty() || "no-skip".equals(mutant)) {
            return;
        }
        int skipped = next;
        if (state == State.Candidate && unacked.stream().skip(1).anyMatch(m -> m.id() == skipped)) {
            bid(ctx, epoch + 1);
            return;
        }
        next = cluster.successor(next);
        if (next == self) {
            enter(ctx, epoch + 1);
            next = self;
            lead(ctx);
            return;
        }
        unacked.removeIf(m -> m.id() == skipped);
        for (RingMessage m : unacked) {
            ctx.send(next, m);
        }
        if (unacked.isEmpty()) {
            ctx.cancelTimer(ACK_TIMER);
        } else {
            ctx.setTimer(ACK_TIMER, ACK_TIMEOUT);
        }
    }

    /** True when {@code a} acknowledges {@code m}. */
    private static boolean answers(Ack a, RingMessage m) {
        return a.epoch() == m.epoch() && a.seq() == m.seq();
    }

    private void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("state", state.name());
        vars.put("leader", leader);
        vars.put("epoch", epoch);
        vars.put("next", next);
        extraVars(vars);
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

    @Override
    public int leader() {
        return leader;
    }

    // No term() of its own: epochs order elections but are not terms, so Uniqueness holds across all of them.
}
