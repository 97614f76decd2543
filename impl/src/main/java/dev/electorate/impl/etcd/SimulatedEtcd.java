package dev.electorate.impl.etcd;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The simulated etcd server: one node handling one request at a time, hence linearizable. It keeps a
 * revision bumped by every write, leases with a TTL (refreshed by keep-alives, revoked on expiry
 * with their keys), keys under the election prefix ordered by create revision, watches on a key's
 * deletion, and the fenced resource, which accepts a write only if its token is at least the
 * greatest it accepted. Its state survives a crash (etcd persists it); watches do not, and live
 * leases get a full TTL again on restart, as etcd's lessor does when it comes back. Its reactions
 * are the service actions of {@code EtcdRecipe.tla}.
 */
final class SimulatedEtcd implements Node {

    /** One registered watch: {@code client} waits, for its campaign {@code lease}, on {@code key}'s deletion. */
    private record Watcher(int client, long lease, long key) {}

    private static final Comparator<Watcher> ORDER = Comparator.comparingInt(Watcher::client)
            .thenComparingLong(Watcher::lease).thenComparingLong(Watcher::key);

    private long revision;
    private final SortedSet<Long> granted = new TreeSet<>();
    private final SortedSet<Long> leases = new TreeSet<>();
    /** Key (lease id) to create revision, in create order: the prefix sorted by create revision. */
    private final LinkedHashMap<Long, Long> keys = new LinkedHashMap<>();
    private final SortedSet<Watcher> watches = new TreeSet<>(ORDER);
    /** The greatest token the fenced resource accepted. */
    private long fence;

    @Override
    public void start(Context ctx) {
        record(ctx, "ServiceStart");
    }

    @Override
    public void restart(Context ctx, Object durable) {
        if (durable instanceof ServiceState s) {
            revision = s.revision();
            granted.addAll(s.granted());
            leases.addAll(s.leases());
            keys.putAll(s.keys());
            fence = s.fence();
        }
        for (long lease : leases) {
            ctx.setTimer(timer(lease), EtcdRecipeClient.TTL);
        }
        record(ctx, "ServiceRestart");
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        String action;
        if (message instanceof Messages.LeaseGrant m) {
            grant(ctx, from, m.lease());
            action = "Grant";
        } else if (message instanceof Messages.Put m) {
            put(ctx, from, m.lease());
            action = "Put";
        } else if (message instanceof Messages.Range m) {
            range(ctx, from, m.lease(), m.maxCreateRev());
            action = "Range";
        } else if (message instanceof Messages.Watch m) {
            watch(ctx, from, m.lease(), m.key());
            action = "Watch";
        } else if (message instanceof Messages.KeepAlive m) {
            keepAlive(ctx, from, m.lease(), m.sentAt());
            action = "KeepAlive";
        } else if (message instanceof Messages.GetLeader) {
            Map.Entry<Long, Long> first = first();
            ctx.send(from, first == null ? new Messages.LeaderIs(0, 0) : new Messages.LeaderIs(first.getKey(), first.getValue()));
            action = "GetLeader";
        } else if (message instanceof Messages.FencedWrite m) {
            action = write(ctx, m.token()) ? "AcceptWrite" : "RejectWrite";
        } else {
            action = "ReceiveUnknown";
        }
        record(ctx, action);
    }

    @Override
    public void timeout(Context ctx, String timer) {
        if (timer.startsWith("lease-")) {
            expire(ctx, Long.parseLong(timer.substring("lease-".length())));
            record(ctx, "Expire");
        } else {
            record(ctx, "UnknownTimeout");
        }
    }

    /** A lease id is granted once: a repeated request for a live lease is answered again, a spent id refused. */
    private void grant(Context ctx, int from, long lease) {
        if (!granted.contains(lease)) {
            granted.add(lease);
            leases.add(lease);
            ctx.setTimer(timer(lease), EtcdRecipeClient.TTL);
            persist(ctx);
            ctx.send(from, new Messages.Granted(lease));
        } else if (leases.contains(lease)) {
            ctx.send(from, new Messages.Granted(lease));
        } else {
            ctx.send(from, new Messages.Expired(lease));
        }
    }

    /** The transaction "if createRevision(key) = 0 then put(key, lease) else get(key)". */
    private void put(Context ctx, int from, long lease) {
        if (!leases.contains(lease)) {
            ctx.send(from, new Messages.Expired(lease)); // etcd: requested lease not found
            return;
        }
        if (!keys.containsKey(lease)) {
            revision++;
            keys.put(lease, revision);
            persist(ctx);
        }
        ctx.send(from, new Messages.PutResult(lease, keys.get(lease)));
    }

    private void range(Context ctx, int from, long lease, long maxCreateRev) {
        long key = 0;
        long rev = 0;
        for (Map.Entry<Long, Long> e : keys.entrySet()) {
            if (e.getValue() <= maxCreateRev) {
                key = e.getKey();
                rev = e.getValue();
            }
        }
        ctx.send(from, new Messages.RangeResult(lease, key, rev));
    }

    /** A watch on a key that is already gone fires at once: the client watches from its range's revision. */
    private void watch(Context ctx, int from, long lease, long key) {
        if (keys.containsKey(key)) {
            watches.add(new Watcher(from, lease, key));
        } else {
            ctx.send(from, new Messages.Deleted(lease, key));
        }
    }

    private void keepAlive(Context ctx, int from, long lease, long sentAt) {
        if (leases.contains(lease)) {
            ctx.setTimer(timer(lease), EtcdRecipeClient.TTL);
            ctx.send(from, new Messages.KeepAliveOk(lease, sentAt));
        } else {
            ctx.send(from, new Messages.Expired(lease));
        }
    }

    /** Returns whether the fenced resource accepted the write. */
    private boolean write(Context ctx, long token) {
        if (token < fence) {
            return false;
        }
        fence = token;
        persist(ctx);
        return true;
    }

    /** The lease is revoked: its key is deleted in one revision and the key's watchers are told. */
    private void expire(Context ctx, long lease) {
        if (!leases.remove(lease)) {
            return;
        }
        List<Watcher> told = new ArrayList<>();
        if (keys.remove(lease) != null) {
            revision++;
            for (Watcher w : new ArrayList<>(watches)) {
                if (w.key() == lease) {
                    watches.remove(w);
                    told.add(w);
                }
            }
        }
        // Written before the watchers hear of it, as etcd commits before it notifies: a crash in
        // between must not leave a client told of a deletion the restarted service has undone.
        persist(ctx);
        for (Watcher w : told) {
            ctx.send(w.client(), new Messages.Deleted(w.lease(), w.key()));
        }
    }

    private Map.Entry<Long, Long> first() {
        return keys.isEmpty() ? null : keys.entrySet().iterator().next();
    }

    private static String timer(long lease) {
        return "lease-" + lease;
    }

    private void persist(Context ctx) {
        ctx.persist(new ServiceState(revision, granted, leases, keys, fence));
    }

    private void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("revision", revision);
        vars.put("granted", new TreeSet<>(granted));
        vars.put("leases", new TreeSet<>(leases));
        List<Map<String, Object>> entries = new ArrayList<>();
        keys.forEach((k, r) -> {
            Map<String, Object> entry = new LinkedHashMap<>(); // Map.of would iterate in a per-JVM order
            entry.put("key", k);
            entry.put("rev", r);
            entries.add(entry);
        });
        vars.put("keys", entries);
        List<Map<String, Object>> ws = new ArrayList<>();
        for (Watcher w : watches) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("client", w.client());
            one.put("lease", w.lease());
            one.put("key", w.key());
            ws.add(one);
        }
        vars.put("watches", ws);
        vars.put("fence", fence);
        ctx.record(action, vars);
    }

    /** The service never leads. */
    @Override
    public Role role() {
        return Role.FOLLOWER;
    }

    /** The client whose key is first by create revision: the leader as the service sees it. */
    @Override
    public int leader() {
        Map.Entry<Long, Long> first = first();
        return first == null ? Cluster.NONE : Leases.owner(first.getKey());
    }

    /** The create revision of the first key: the current leader's fencing token. */
    @Override
    public long term() {
        Map.Entry<Long, Long> first = first();
        return first == null ? 0 : first.getValue();
    }
}
