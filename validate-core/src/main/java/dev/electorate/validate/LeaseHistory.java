package dev.electorate.validate;

import dev.electorate.history.History;
import dev.electorate.history.Op;
import dev.electorate.history.OpType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run's tenures as a history of the {@code fenced-lease} model, as the fenced resource saw them. Each
 * tenure that wrote is its own process (Jepsen gives a client a fresh process per attempt): its acquire
 * is invoked when its campaign began and returns its token at its first accepted write; its release is
 * invoked at its last accepted write (the lease may have ended any time after) and returns when the
 * client reported the end. A tenure still believed at the end of the run has no release.
 *
 * <p>A client that leads again with the token it just held (ZooKeeper keeps the session and the znode
 * across a lost connection) resumes one lease: its beliefs with that token are one tenure here.
 * Tenures that never got a write accepted never touched the resource and are left out: under
 * fencing only what the resource accepted can overlap.
 */
public final class LeaseHistory {
    private LeaseHistory() {}

    private record Entry(long time, long order, Op op) {}

    /** Beliefs of one client in one token, merged: from the first's campaign to the last's end. */
    static List<Tenure> leases(List<Tenure> tenures) {
        java.util.Map<String, Integer> at = new java.util.HashMap<>();
        List<Tenure> out = new ArrayList<>();
        for (Tenure t : tenures) {
            Integer i = at.putIfAbsent(t.client() + "/" + t.token(), out.size());
            if (i == null) {
                out.add(t);
            } else {
                Tenure f = out.get(i);
                out.set(i, new Tenure(f.client(), f.token(), f.campaign(), f.from(), t.to(), t.ended(), f.firstWrite(), f.lastWrite()));
            }
        }
        return out;
    }

    /** The history of {@code tenures} as the fenced resource saw them; times are nanoseconds since the run began. */
    public static History of(List<Tenure> tenures, int clients) {
        Builder b = new Builder(clients);
        for (Tenure t : leases(tenures)) {
            if (t.firstWrite() >= 0) {
                b.lease(t, Math.min(t.campaign(), t.firstWrite()), t.firstWrite(), t.lastWrite(), Math.max(t.to(), t.lastWrite()));
            }
        }
        return b.history();
    }

    /**
     * The history of {@code tenures} as the clients believed them: each lease's acquire returns when its
     * client began to believe it leads, and its release happens when the client stopped believing. It is
     * not linearizable exactly when two clients believed they led at once (or a token went down): the
     * belief overlap, seen by the same checker.
     */
    public static History beliefs(List<Tenure> tenures, int clients) {
        Builder b = new Builder(clients);
        for (Tenure t : leases(tenures)) {
            b.lease(t, t.campaign(), t.from(), t.to(), t.to());
        }
        return b.history();
    }

    /** Collects each lease's four entries, then orders them by time into a history. */
    private static final class Builder {
        private final int clients;
        private final int[] attempts;
        private final List<Entry> entries = new ArrayList<>();
        private long order;

        Builder(int clients) {
            this.clients = Math.max(clients, 1);
            this.attempts = new int[this.clients + 1];
        }

        // A fresh process per lease, as Jepsen gives a client a fresh process per attempt.
        void lease(Tenure t, long acquireInvoke, long acquireOk, long releaseInvoke, long releaseOk) {
            long process = t.client() + (long) clients * attempts[Math.min(t.client(), attempts.length - 1)]++;
            add(acquireInvoke, new Op(0, acquireInvoke, process, OpType.INVOKE, "acquire", null, null));
            add(acquireOk, new Op(0, acquireOk, process, OpType.OK, "acquire", t.token(), null));
            if (t.ended()) {
                add(releaseInvoke, new Op(0, releaseInvoke, process, OpType.INVOKE, "release", t.token(), null));
                add(releaseOk, new Op(0, releaseOk, process, OpType.OK, "release", t.token(), null));
            }
        }

        private void add(long time, Op op) {
            entries.add(new Entry(time, order++, op));
        }

        History history() {
            entries.sort(Comparator.comparingLong(Entry::time).thenComparingLong(Entry::order));
            List<Op> ops = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                Op o = e.op();
                ops.add(new Op(ops.size(), o.time(), o.process(), o.type(), o.f(), o.value(), o.error()));
            }
            return History.of(ops);
        }
    }
}
