package dev.electorate.impl.ring;

import dev.electorate.impl.ring.RingMessages.Ack;
import dev.electorate.impl.ring.RingMessages.Alive;
import dev.electorate.impl.ring.RingMessages.Elected;
import dev.electorate.impl.ring.RingMessages.Rejoin;
import dev.electorate.impl.ring.RingMessages.Election;
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
 * What the ring elections share: epochs, acknowledged hops that route round a crashed
 * successor, the leader's ALIVE token and the timeout that starts a new election without it.
 * Subclasses say only what an ELECTION does within the current epoch.
 *
 * <p>Epochs keep elections apart: every message carries one, older ones are dropped, a newer one
 * makes the node join that election (and bid itself, since every node initiates). Whenever the
 * route changes, the node that changed it starts a new epoch, because messages may have died
 * with a crashed node and the FIFO order along the ring only holds on one route: a late
 * acknowledgement makes the node skip its successor; a restarted node announces itself with
 * REJOIN and its live predecessor routes through it again.
 */
public abstract class RingNode implements Node {

    /** The node's phase: the TLA+ values of {@code state[n]}. */
    protected enum State { Candidate, Leader, Follower }

    protected static final long D = Timing.MAX_DELAY;
    /** A ring message reaches a live successor within D and its ACK is back within 2D; +1 beats a same-tick arrival. */
    public static final long ACK_TIMEOUT = 2 * D + 1;
    /** How often the leader sends its ALIVE token round the ring. */
    public static final long ALIVE_PERIOD = 2 * D;

    static final String ACK_TIMER = "ack";
    static final String LEADER_TIMER = "leader";
    static final String ALIVE_TIMER = "alive";

    protected final int self;
    protected final Cluster cluster;
    protected final String mutant;
    protected State state = State.Candidate;
    protected int leader = Cluster.NONE;
    protected int epoch;
    protected int next;
    /**
     * This incarnation bid in the current epoch. A restarted node has not: until a new election
     * draws it in, it neither decides nor follows, since what it would learn is about to change.
     */
    protected boolean bidding;
    /** Ring messages sent to {@code next} and not yet acknowledged, oldest first. */
    private final ArrayDeque<Message> unacked = new ArrayDeque<>();

    protected RingNode(int self, Cluster cluster, String mutant) {
        this.self = self;
        this.cluster = cluster;
        this.mutant = mutant;
        this.next = cluster.successor(self);
    }

    /**
     * Longest wait for a sign of the leader: a whole election (a bid needs at most n hops to meet
     * the winner's, the winner's bid n hops to return, its ELECTED n more), each hop at most D plus
     * one ACK_TIMEOUT if it has to route round a crashed node, then one ALIVE period.
     */
    public static long leaderTimeout(int n) {
        return ALIVE_PERIOD + 3L * n * (D + ACK_TIMEOUT);
    }

    /** What an ELECTION of the current epoch does at this node. */
    protected abstract void onElection(Context ctx, int id);

    /** Variables besides state, leader, epoch and next that the spec has (LeLann's seen). */
    protected void extraVars(Map<String, Object> vars) {}

    /** Resets what belongs to one election when the node enters a new one. */
    protected void enterEpoch() {}

    @Override
    public void start(Context ctx) {
        beginElection(ctx, 1);
        record(ctx, "Start");
    }

    /**
     * A restarted node knows only the last epoch it persisted; it does not bid (its epoch may be
     * one the ring has finished) but tells everyone it is back and waits to be drawn into the new
     * election its live predecessor starts (or, if nobody is left, its own leader timeout fires).
     */
    @Override
    public void restart(Context ctx, Object durable) {
        epoch = durable == null ? 0 : (Integer) durable;
        enterEpoch();
        ctx.setTimer(LEADER_TIMER, leaderTimeout(cluster.size()));
        for (int member : cluster.members()) {
            if (member != self) {
                ctx.send(member, new Rejoin(epoch));
            }
        }
        record(ctx, "Restart");
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof Election e) {
            ack(ctx, from, e.epoch());
            if (e.epoch() > epoch) {
                join(ctx, e.epoch());
            }
            if (e.epoch() == epoch) {
                onElection(ctx, e.id());
            }
            record(ctx, "ReceiveElection");
        } else if (message instanceof Elected e) {
            ack(ctx, from, e.epoch());
            if (e.epoch() >= epoch && e.id() != self) {
                adopt(ctx, e.epoch(), e.id());
                forward(ctx, e);
            }
            record(ctx, "ReceiveElected");
        } else if (message instanceof Alive a) {
            ack(ctx, from, a.epoch());
            if (a.epoch() > epoch || a.epoch() == epoch && a.id() != self && state != State.Leader) {
                adopt(ctx, a.epoch(), a.id());
                forward(ctx, a);
            }
            record(ctx, "ReceiveAlive");
        } else if (message instanceof Rejoin r) {
            if (routesTo(from)) {
                // This node is the restarted one's live predecessor: take it back into the ring.
                next = from;
                abandonRoute(ctx);
                beginElection(ctx, Math.max(epoch, r.epoch()) + 1);
            }
            record(ctx, "ReceiveRejoin");
        } else if (message instanceof Ack a) {
            receiveAck(ctx, from, a);
            record(ctx, "ReceiveAck");
        }
        // Anything else is not a ring message: ignored, nothing recorded.
    }

    @Override
    public void timeout(Context ctx, String timer) {
        switch (timer) {
            case ACK_TIMER -> {
                skipSuccessor(ctx);
                record(ctx, "AckTimeout");
            }
            case LEADER_TIMER -> {
                beginElection(ctx, epoch + 1);
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

    /** Starts election {@code newEpoch} as a candidate: the contract's "every node initiates". */
    protected final void beginElection(Context ctx, int newEpoch) {
        enter(ctx, newEpoch);
        bidding = true;
        send(ctx, new Election(epoch, self));
    }

    /** Joins a newer election someone else started, bidding too. */
    private void join(Context ctx, int newEpoch) {
        beginElection(ctx, newEpoch);
    }

    private void enter(Context ctx, int newEpoch) {
        epoch = newEpoch;
        state = State.Candidate;
        leader = Cluster.NONE;
        ctx.persist(epoch);
        ctx.cancelTimer(ALIVE_TIMER);
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

    /** The node learns that {@code id} leads election {@code e}. */
    protected final void adopt(Context ctx, int e, int id) {
        if (e > epoch) {
            enter(ctx, e);
        }
        if (id == self || !bidding) {
            return;
        }
        state = State.Follower;
        leader = id;
        ctx.cancelTimer(ALIVE_TIMER);
        ctx.setTimer(LEADER_TIMER, leaderTimeout(cluster.size()));
    }

    /** Sends a ring message to the current successor and waits for its acknowledgement. */
    protected final void send(Context ctx, Message m) {
        if (next == self) {
            return; // alone on the ring: nobody to tell
        }
        if (unacked.isEmpty()) {
            ctx.setTimer(ACK_TIMER, ACK_TIMEOUT);
        }
        unacked.addLast(m);
        ctx.send(next, m);
    }

    /**
     * Passes a message on, unless the route to {@code next} skips the node that owns it: that
     * node has crashed and the message would otherwise circle the ring for ever (a dead leader's
     * token would even keep its followers from noticing).
     */
    protected final void forward(Context ctx, Message m) {
        if (!skips(RingMessages.ownerOf(m))) {
            send(ctx, m);
        }
    }

    /** True when {@code id} lies after this node and no further than {@code next} on the ring. */
    private boolean routesTo(int id) {
        return id == next || skips(id);
    }

    /** Hops sent on the old route are not waited for: the new epoch about to start makes them stale. */
    private void abandonRoute(Context ctx) {
        unacked.clear();
        ctx.cancelTimer(ACK_TIMER);
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

    private void ack(Context ctx, int from, int of) {
        ctx.send(from, new Ack(epoch, of));
    }

    private void receiveAck(Context ctx, int from, Ack a) {
        if (from != next || unacked.isEmpty() || RingMessages.epochOf(unacked.peekFirst()) != a.of()) {
            // From a skipped successor, for a route already abandoned, or for a message of this
            // node's previous incarnation.
            return;
        }
        unacked.removeFirst();
        if (unacked.isEmpty()) {
            ctx.cancelTimer(ACK_TIMER);
        } else {
            ctx.setTimer(ACK_TIMER, ACK_TIMEOUT);
        }
    }

    /**
     * The successor did not acknowledge in time, so it has crashed: route round it. During an
     * election the messages it took with it may include bids, so the election starts over on the
     * new route; once a leader is known, only tokens and announcements were at stake, and the
     * unacknowledged ones go round it (a dead node's own messages die with it).
     */
    private void skipSuccessor(Context ctx) {
        if (unacked.isEmpty() || "no-skip".equals(mutant)) {
            return;
        }
        int skipped = next;
        next = cluster.successor(next);
        if (next == self) {
            abandonRoute(ctx);
            enter(ctx, epoch + 1); // alone on the ring
            lead(ctx);
        } else if (state == State.Candidate) {
            abandonRoute(ctx);
            beginElection(ctx, epoch + 1);
        } else {
            unacked.removeIf(m -> RingMessages.ownerOf(m) == skipped);
            for (Message m : unacked) {
                ctx.send(next, m);
            }
            if (unacked.isEmpty()) {
                ctx.cancelTimer(ACK_TIMER);
            } else {
                ctx.setTimer(ACK_TIMER, ACK_TIMEOUT);
            }
        }
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

    @Override
    public long term() {
        return 0; // epochs order elections but are not terms: Uniqueness is across all of them
    }
}
