package dev.electorate.impl.zookeeper;

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
import dev.electorate.spec.Envelope;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ZooKeeper-like service, a single node that handles one request at a time (so it is
 * linearizable): sessions kept alive by heartbeats and expired {@link #SESSION_TIMEOUT} ticks after
 * the last one, an ephemeral sequential node per session under /election with sequence numbers that
 * only grow, getChildren, one-shot exists-watches, and the fenced resource, which accepts a write
 * only if its token is at least the greatest it has accepted. Its state is durable (a real ensemble
 * keeps it on disk): after a restart every session gets a full timeout again, as ZooKeeper does. It
 * never leads; it names as leader the owner of the lowest node. Its reactions are the service
 * actions of ZkRecipe.tla.
 */
public final class SimulatedZooKeeper implements Node {

    /** A session expires this many ticks after the service last heard it open or heartbeat. */
    static final long SESSION_TIMEOUT = 60;

    private static final String EXPIRE = "expire:";

    private final String mutant;

    SimulatedZooKeeper(String mutant) {
        this.mutant = mutant;
    }

    /** What the service keeps on disk: every field of the spec's service state. */
    record Durable(SortedSet<Long> sessions, SortedSet<Long> expired, SortedMap<Long, Long> znodes,
                   SortedSet<List<Long>> watches, long nextSeq, long fence) {}

    private static int compareWatch(List<Long> a, List<Long> b) {
        int c = Long.compare(a.get(0), b.get(0));
        return c != 0 ? c : Long.compare(a.get(1), b.get(1));
    }

    // Mutable views of the durable state, copied into a fresh record on every persist.
    private final SortedSet<Long> sessions = new TreeSet<>();
    private final SortedSet<Long> expired = new TreeSet<>();
    /** seq -> session of every node under /election. */
    private final SortedMap<Long, Long> znodes = new TreeMap<>();
    /** (seq, session): the session is told when node seq is deleted. */
    private final SortedSet<List<Long>> watches = new TreeSet<>(SimulatedZooKeeper::compareWatch);
    private long nextSeq = 1;
    private long fence;
    /** What this incarnation last persisted, or null before its first write. */
    private Durable written;
    /** This reaction's answers, sent once its state is persisted. */
    private final List<Envelope> outbox = new ArrayList<>();

    static int ownerOf(long session) {
        return (int) (session % ZooKeeperAlgorithm.ID_LIMIT);
    }

    @Override
    public void start(Context ctx) {
        persistAndRecord(ctx, "Start");
    }

    @Override
    public void restart(Context ctx, Object durable) {
        if (durable instanceof Durable d) {
            sessions.addAll(d.sessions());
            expired.addAll(d.expired());
            znodes.putAll(d.znodes());
            watches.addAll(d.watches());
            nextSeq = d.nextSeq();
            fence = d.fence();
        }
        for (long s : sessions) {
            ctx.setTimer(EXPIRE + s, SESSION_TIMEOUT);
        }
        persistAndRecord(ctx, "Restart");
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof OpenSession m) {
            if (expired.contains(m.session())) {
                reply(from, new SessionExpired(m.session()));
            } else {
                sessions.add(m.session());
                renew(ctx, m.session());
                reply(from, new SessionOpened(m.session(), m.sentAt()));
            }
            persistAndRecord(ctx, "ReceiveOpenSession");
        } else if (message instanceof Create m) {
            if (live(ctx, from, m.session())) {
                Long mine = ownNode(m.session());
                if (mine == null) {
                    mine = nextSeq++;
                    znodes.put(mine, m.session());
                }
                reply(from, new Created(m.session(), mine));
            }
            persistAndRecord(ctx, "ReceiveCreate");
        } else if (message instanceof GetChildren m) {
            if (live(ctx, from, m.session())) {
                reply(from, new Children(m.session(), new TreeSet<>(znodes.keySet()), leader()));
            }
            persistAndRecord(ctx, "ReceiveGetChildren");
        } else if (message instanceof Exists m) {
            if (live(ctx, from, m.session())) {
                boolean exists = znodes.containsKey(m.seq());
                if (exists) {
                    watches.add(List.of(m.seq(), m.session()));
                }
                reply(from, new ExistsReply(m.session(), m.seq(), exists));
            }
            persistAndRecord(ctx, "ReceiveExists");
        } else if (message instanceof Heartbeat m) {
            if (live(ctx, from, m.session())) {
                renew(ctx, m.session());
                reply(from, new HeartbeatAck(m.session(), m.sentAt(), leader(), lowest()));
            }
            persistAndRecord(ctx, "ReceiveHeartbeat");
        } else if (message instanceof Write m) {
            // The fence ignores sessions: a resource outside the coordination service knows only tokens.
            if (m.token() >= fence) {
                fence = Math.max(fence, m.token());
                persistAndRecord(ctx, "AcceptWrite");
            } else {
                persistAndRecord(ctx, "RejectWrite");
            }
        } else {
            persistAndRecord(ctx, "ReceiveUnknown");
        }
    }

    @Override
    public void timeout(Context ctx, String timer) {
        if (timer.startsWith(EXPIRE)) {
            long session = Long.parseLong(timer.substring(EXPIRE.length()));
            if (sessions.contains(session)) {
                expire(ctx, session);
            }
            persistAndRecord(ctx, "Expire");
        } else {
            persistAndRecord(ctx, "UnknownTimeout");
        }
    }

    /** The session is gone: its node is deleted, the watches on that node fire, its own watches go. */
    private void expire(Context ctx, long session) {
        sessions.remove(session);
        expired.add(session);
        Long gone = ownNode(session);
        if (gone != null) {
            znodes.remove(gone);
        }
        for (List<Long> w : List.copyOf(watches)) {
            if (w.get(1) == session) {
                watches.remove(w);
            } else if (gone != null && w.get(0).longValue() == gone) {
                watches.remove(w);
                reply(ownerOf(w.get(1)), new WatchFired(w.get(1), gone));
            }
        }
    }

    /** Answers a request of an expired session with SessionExpired; true if the session is live. */
    private boolean live(Context ctx, int from, long session) {
        if (sessions.contains(session)) {
            return true;
        }
        if (expired.contains(session)) {
            reply(from, new SessionExpired(session));
        }
        return false;
    }

    private void renew(Context ctx, long session) {
        if (!is("no-session-expiry")) {
            ctx.setTimer(EXPIRE + session, SESSION_TIMEOUT);
        }
    }

    private Long ownNode(long session) {
        for (Map.Entry<Long, Long> e : znodes.entrySet()) {
            if (e.getValue() == session) {
                return e.getKey();
            }
        }
        return null;
    }

    private long lowest() {
        return znodes.isEmpty() ? 0 : znodes.firstKey();
    }

    private boolean is(String name) {
        return name.equals(mutant);
    }

    /** Queues an answer: it leaves after the reaction's state is written (see persistAndRecord). */
    private void reply(int to, Message message) {
        outbox.add(new Envelope(0, to, message));
    }

    private void persistAndRecord(Context ctx, String action) {
        TreeSet<List<Long>> w = new TreeSet<>(SimulatedZooKeeper::compareWatch);
        w.addAll(watches);
        Durable now = new Durable(new TreeSet<>(sessions), new TreeSet<>(expired), new TreeMap<>(znodes), w, nextSeq,
                fence);
        if (!now.equals(written)) { // a heartbeat changes nothing durable: no write
            ctx.persist(now);
            written = now;
        }
        // Answers leave only once the state they report is written, as ZooKeeper logs a transaction
        // before it replies: a crash in between must not leave a client told of a znode that is gone.
        for (Envelope e : outbox) {
            ctx.send(e.to(), e.message());
        }
        outbox.clear();
        List<Map<String, Object>> nodes = new ArrayList<>();
        znodes.forEach((seq, session) -> nodes.add(Map.of("seq", seq, "session", session)));
        List<Map<String, Object>> watching = new ArrayList<>();
        watches.forEach(x -> watching.add(Map.of("seq", x.get(0), "session", x.get(1))));
        Map<String, Object> vars = new java.util.LinkedHashMap<>();
        vars.put("sessions", new TreeSet<>(sessions));
        vars.put("expired", new TreeSet<>(expired));
        vars.put("znodes", nodes);
        vars.put("watches", watching);
        vars.put("nextSeq", nextSeq);
        vars.put("fence", fence);
        ctx.record(action, vars);
    }

    @Override
    public Role role() {
        return Role.FOLLOWER;
    }

    /** The owner of the lowest node: whom the recipe makes leader. */
    @Override
    public int leader() {
        return znodes.isEmpty() ? Cluster.NONE : ownerOf(znodes.get(znodes.firstKey()));
    }

    /** The fencing token of the leader it names. */
    @Override
    public long term() {
        return lowest();
    }
}
