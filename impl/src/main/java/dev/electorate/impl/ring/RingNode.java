package dev.electorate.impl.ring;

import dev.electorate.impl.ring.RingMessages.Ack;
import dev.electorate.impl.ring.RingMessages.Alive;
import dev.electorate.impl.ring.RingMessages.Elected;
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
 * makes the node join that election (and bid itself, since every node initiates). A node that
 * restarts does not know the current epoch, so it is "rejoining": its first acknowledgement tells
 * it the successor's epoch and it then starts an election newer than both, which every live node,
 * the old leader included, joins before the winner's bid can come back round.
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
    protected boolean rejoining;
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

    /** Variables besides state, leader, epoch, next and rejoining that the spec has (LeLann's seen). */
    protected void extraVars(Map<String, Object> vars) {}

    /** Resets what belongs to one election when the node enters a new one. */
    protected void enterEpoch() {}

    @Override
    public void start(Context ctx) {
        beginElection(ctx, 1);
        record(ctx, "Start");
    }

    @Override
    public void restart(Context ctx, Object durable) {
        int last = durable == null ? 0 : (Integer) durable;
        rejoining = true;
        beginElection(ctx, last + 1);
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
                // A rejoining node passes the news on but does not follow yet: it is about to
                // start the election that decides whether it takes over.
                if (!rejoining) {
                    adopt(ctx, e.epoch(), e.id());
                }
                forward(ctx, e);
            }
            record(ctx, "ReceiveElected");
        } else if (message instanceof Alive a) {
            ack(ctx, from, a.epoch());
            if (a.epoch() > epoch || a.epoch() == epoch && a.id() != self && state != State.Leader) {
                if (!rejoining) {
                    adopt(ctx, a.epoch(), a.id());
                }
                forward(ctx, a);
            }
            record(ctx, "ReceiveAlive");
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
        int successor = cluster.successor(self);
        if (next != successor) {
            // A new election re-admits every node a past timeout skipped; hops still unacknowledged
            // belong to the skipped route and are not waited for any more.
            next = successor;
            unacked.clear();
            ctx.cancelTimer(ACK_TIMER);
        }
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
        if (id == self) {
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
            // node's previous incarnation (a restart starts a newer epoch than it ever sent).
            return;
        }
        unacked.removeFirst();
        if (unacked.isEmpty()) {
            ctx.cancelTimer(ACK_TIMER);
        } else {
            ctx.setTimer(ACK_TIMER, ACK_TIMEOUT);
        }
        if (rejoining) {
            // The successor's epoch tells a restarted node how far the ring has gone without it.
            rejoining = false;
            beginElection(ctx, Math.max(a.epoch(), epoch) + 1);
        }
    }

    private void skipSuccessor(Context ctx) {
        if (unacked.isEmpty() || "no-skip".equals(mutant)) {
            return;
        }
        next = cluster.successor(next);
        if (next == self) {
            unacked.clear();
            rejoining = false;
            lead(ctx);
            return;
        }
        // Messages owned by the skipped node go no further (see forward); the rest go round it.
        unacked.removeIf(m -> skips(RingMessages.ownerOf(m)));
        for (Message m : unacked) {
            ctx.send(next, m);
        }
        if (unacked.isEmpty()) {
            ctx.cancelTimer(ACK_TIMER);
        } else {
            ctx.setTimer(ACK_TIMER, ACK_TIMEOUT);
        }
    }

    private void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("state", state.name());
        vars.put("leader", leader);
        vars.put("epoch", epoch);
        vars.put("next", next);
        vars.put("rejoining", rejoining);
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
