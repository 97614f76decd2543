package dev.electorate.impl.zookeeper;

import dev.electorate.impl.common.ReferenceNode;
import dev.electorate.impl.zookeeper.Messages.Children;
import dev.electorate.impl.zookeeper.Messages.Create;
import dev.electorate.impl.zookeeper.Messages.Created;
import dev.electorate.impl.zookeeper.Messages.Exists;
import dev.electorate.impl.zookeeper.Messages.ExistsReply;
import dev.electorate.impl.zookeeper.Messages.GetChildren;
import dev.electorate.impl.zookeeper.Messages.Heartbeat;
import dev.electorate.impl.zookeeper.Messages.HeartbeatAck;
import dev.electorate.impl.zookeeper.Messages.OpenSession;
import dev.electorate.impl.zookeeper.Messages.SessionExpired;
import dev.electorate.impl.zookeeper.Messages.SessionOpened;
import dev.electorate.impl.zookeeper.Messages.WatchFired;
import dev.electorate.impl.zookeeper.Messages.Write;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A client of the ZooKeeper election recipe: it opens a session, creates an ephemeral sequential
 * node under /election, lists the children, leads if its node is the lowest (fencing token: its
 * sequence number), and otherwise watches only its predecessor and lists again when that node is
 * gone. It heartbeats its session and steps down, starting over with a new session, when the
 * service says the session expired or when no heartbeat sent within the last {@link #SUSPECT}
 * ticks of its own clock was acknowledged. Its reactions are the client actions of ZkRecipe.tla.
 *
 * <p>Why a paused client can still believe it leads: its belief is revised only by its own
 * reactions. A process stopped for longer than the session timeout takes none, so the service
 * expires its session, deletes its node and the next client leads, while the stopped one still
 * believes it leads; when it resumes it catches up on its expired timers in the order they fell due,
 * so a write timer that fell due before its session timer sends a write with its old token first.
 * The fenced resource refuses that write once the new leader has written with its greater token.
 */
public final class ZooKeeperRecipeClient extends ReferenceNode {

    /** Where the client is in the recipe; the names are the TLA+ values of {@code phase[c]}. */
    enum Phase { Idle, Connecting, Creating, Listing, Watching, Leading }

    /** The client heartbeats (and re-sends its pending request, in case it was lost) this often. */
    static final long HEARTBEAT_PERIOD = 10;
    /**
     * The client gives its session up when no heartbeat sent within this many ticks was acknowledged.
     * Below the service's {@link SimulatedZooKeeper#SESSION_TIMEOUT} by more than a round trip, so with clocks of
     * equal rates the client always steps down before the service can expire its session.
     */
    static final long SUSPECT = 40;
    /** The leader writes to the fenced resource this often. */
    static final long WRITE_PERIOD = 20;

    static final String HEARTBEAT_TIMER = "heartbeat";
    static final String SESSION_TIMER = "session";
    static final String WRITE_TIMER = "write";

    private final int self;
    private final int service;

    private Phase phase = Phase.Idle;
    /** How many sessions this client has opened, over all its incarnations (durable). */
    private long attempt;
    private long session;
    private long seq;
    /** The node watched; while listing, the last predecessor seen gone (predecessors only decrease). */
    private long pred;
    private long leaderSeq;
    /** Local tick after which the session is given up. */
    private long deadline;

    ZooKeeperRecipeClient(int self, int service, String mutant) {
        super(mutant);
        this.self = self;
        this.service = service;
    }

    /** The session id of a client's attempt: unique over all clients and incarnations. */
    static long sessionOf(long attempt, int client) {
        return attempt * ZooKeeperAlgorithm.ID_LIMIT + client;
    }

    @Override
    protected void comeUp(Context ctx) {
        openSession(ctx);
        ctx.setTimer(HEARTBEAT_TIMER, HEARTBEAT_PERIOD);
    }

    @Override
    protected void recover(Context ctx, Object durable) {
        attempt = durable instanceof Long a ? a : 0;
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof SessionOpened m) {
            if (phase == Phase.Connecting && m.session() == session) {
                phase = Phase.Creating;
                ctx.send(service, new Create(session));
            }
            if (m.session() == session) {
                // A re-sent OpenSession renewed the session too: its answer counts as a heartbeat's,
                // or a client still waiting to connect at its first heartbeat could give up in time.
                extendDeadline(ctx, m.sentAt());
            }
            record(ctx, "ReceiveSessionOpened");
        } else if (message instanceof Created m) {
            if (phase == Phase.Creating && m.session() == session) {
                seq = m.seq();
                pred = seq;
                if (is("lead-without-lowest")) {
                    lead(ctx);
                } else {
                    phase = Phase.Listing;
                    ctx.send(service, new GetChildren(session));
                }
            }
            record(ctx, "ReceiveCreated");
        } else if (message instanceof Children m) {
            receiveChildren(ctx, m);
            record(ctx, "ReceiveChildren");
        } else if (message instanceof ExistsReply m) {
            if (!m.exists()) {
                predecessorGone(ctx, m.session(), m.seq());
            }
            record(ctx, "ReceiveExistsReply");
        } else if (message instanceof WatchFired m) {
            predecessorGone(ctx, m.session(), m.seq());
            record(ctx, "ReceiveWatchFired");
        } else if (message instanceof HeartbeatAck m) {
            learnLeader(m.leader(), m.leaderSeq());
            if (m.session() == session && phase != Phase.Connecting) {
                extendDeadline(ctx, m.sentAt());
            }
            record(ctx, "ReceiveHeartbeatAck");
        } else if (message instanceof SessionExpired m) {
            if (m.session() == session) {
                startOver(ctx);
            }
            record(ctx, "ReceiveSessionExpired");
        } else {
            record(ctx, "ReceiveUnknown");
        }
    }

    @Override
    public void timeout(Context ctx, String timer) {
        switch (timer) {
            case HEARTBEAT_TIMER -> {
                if (phase != Phase.Connecting) {
                    ctx.send(service, new Heartbeat(session, ctx.now()));
                }
                resendPending(ctx);
                ctx.setTimer(HEARTBEAT_TIMER, HEARTBEAT_PERIOD);
                record(ctx, "SendHeartbeat");
            }
            case SESSION_TIMER -> {
                if (phase != Phase.Connecting && ctx.now() >= deadline) {
                    startOver(ctx);
                }
                record(ctx, "SessionTimeout");
            }
            case WRITE_TIMER -> {
                if (phase == Phase.Leading) {
                    ctx.send(service, new Write(session, seq));
                    ctx.setTimer(WRITE_TIMER, WRITE_PERIOD);
                }
                record(ctx, "SendWrite");
            }
            default -> record(ctx, "UnknownTimeout");
        }
    }

    private void receiveChildren(Context ctx, Children m) {
        learnLeader(m.owner(), m.seqs().isEmpty() ? 0 : m.seqs().first());
        if (phase != Phase.Listing || m.session() != session || !m.seqs().contains(seq)) {
            return;
        }
        SortedSet<Long> below = (is("order-by-name") ? byName(m.seqs()) : m.seqs()).headSet(seq);
        if (below.isEmpty()) {
            lead(ctx);
        } else if (below.last() < pred) {
            // Nodes below ours are never created later, so the predecessor only decreases: a reply
            // naming one already seen gone is stale (duplicated or overtaken) and is ignored.
            pred = below.last();
            phase = Phase.Watching;
            ctx.send(service, new Exists(session, pred));
        }
    }

    /** The order-by-name mutant's order: node names compared as text, so node 10 sorts before node 9. */
    private static SortedSet<Long> byName(SortedSet<Long> seqs) {
        SortedSet<Long> named = new TreeSet<>(Comparator.comparing(String::valueOf));
        named.addAll(seqs);
        return named;
    }

    private void predecessorGone(Context ctx, long ofSession, long gone) {
        if (phase == Phase.Watching && ofSession == session && gone == pred) {
            phase = Phase.Listing;
            ctx.send(service, new GetChildren(session));
        }
    }

    private void lead(Context ctx) {
        phase = Phase.Leading;
        leader = self;
        leaderSeq = seq;
        ctx.setTimer(WRITE_TIMER, WRITE_PERIOD);
    }

    /** The lowest node only rises over time, so a report of a higher one is the newer. */
    private void learnLeader(int owner, long lowest) {
        if (lowest > leaderSeq) {
            leaderSeq = lowest;
            leader = owner;
        }
    }

    private void extendDeadline(Context ctx, long sentAt) {
        long candidate = sentAt + SUSPECT;
        if (candidate > deadline) {
            deadline = candidate;
            ctx.setTimer(SESSION_TIMER, Math.max(0, deadline - ctx.now()));
        }
    }

    /** Steps down and campaigns again with a new session: the old one is, or soon will be, expired. */
    private void startOver(Context ctx) {
        if (leader == self) {
            leader = Cluster.NONE;
        }
        ctx.cancelTimer(WRITE_TIMER);
        ctx.cancelTimer(SESSION_TIMER);
        openSession(ctx);
    }

    private void openSession(Context ctx) {
        attempt++;
        ctx.persist(attempt);
        session = sessionOf(attempt, self);
        seq = 0;
        pred = 0;
        deadline = 0;
        phase = Phase.Connecting;
        ctx.send(service, new OpenSession(session, ctx.now()));
    }

    /** Requests and replies may be lost: the request the client waits on is sent again. */
    private void resendPending(Context ctx) {
        switch (phase) {
            case Connecting -> ctx.send(service, new OpenSession(session, ctx.now()));
            case Creating -> ctx.send(service, new Create(session));
            case Listing -> ctx.send(service, new GetChildren(session));
            case Watching -> ctx.send(service, new Exists(session, pred));
            default -> { }
        }
    }

    @Override
    protected void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("phase", phase.name());
        vars.put("attempt", attempt);
        vars.put("session", session);
        vars.put("seq", seq);
        vars.put("pred", pred);
        vars.put("leader", leader);
        vars.put("leaderSeq", leaderSeq);
        ctx.record(action, vars);
    }

    @Override
    public Role role() {
        return switch (phase) {
            case Leading -> Role.LEADER;
            case Idle -> Role.IDLE;
            default -> leader != Cluster.NONE ? Role.FOLLOWER : Role.CANDIDATE;
        };
    }

    /** The fencing token: the leader's own sequence number, or that of the leader it names. */
    @Override
    public long term() {
        return leaderSeq;
    }
}
