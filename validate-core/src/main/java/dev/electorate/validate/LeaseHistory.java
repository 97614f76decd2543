package dev.electorate.validate;

import dev.electorate.spec.history.History;
import dev.electorate.spec.history.Op;
import dev.electorate.spec.history.OpType;
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

    /** The history of {@code tenures}; times are nanoseconds since the run began. */
    public static History of(List<Tenure> tenures, int clients) {
        List<Entry> entries = new ArrayList<>();
        int[] attempts = new int[Math.max(clients, 1) + 1];
        long order = 0;
        for (Tenure t : leases(tenures)) {
            if (t.firstWrite() < 0) {
                continue;
            }
            long process = t.client() + (long) Math.max(clients, 1) * attempts[Math.min(t.client(), attempts.length - 1)]++;
            long acquireInvoke = Math.min(t.campaign(), t.firstWrite());
            entries.add(new Entry(acquireInvoke, order++, new Op(0, acquireInvoke, process, OpType.INVOKE, "acquire", null, null)));
            entries.add(new Entry(t.firstWrite(), order++, new Op(0, t.firstWrite(), process, OpType.OK, "acquire", t.token(), null)));
            if (t.ended()) {
                long releaseOk = Math.max(t.to(), t.lastWrite());
                entries.add(new Entry(t.lastWrite(), order++, new Op(0, t.lastWrite(), process, OpType.INVOKE, "release", t.token(), null)));
                entries.add(new Entry(releaseOk, order++, new Op(0, releaseOk, process, OpType.OK, "release", t.token(), null)));
            }
        }
        entries.sort(Comparator.comparingLong(Entry::time).thenComparingLong(Entry::order));
        List<Op> ops = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Op o = e.op();
            ops.add(new Op(ops.size(), o.time(), o.process(), o.type(), o.f(), o.value(), o.error()));
        }
        return History.of(ops);
    }
}
