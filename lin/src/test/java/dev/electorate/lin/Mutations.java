package dev.electorate.lin;

import dev.electorate.history.History;
import dev.electorate.history.Op;
import dev.electorate.history.OpType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Changes to a linearizable history that provably make it not linearizable, each with the reason in
 * its comment, and the operation whose completion must end the shortest bad prefix where that is known.
 */
final class Mutations {
    private Mutations() {}

    /** A mutated history and, when the proof pins it, the index of the completion that must be blamed. */
    record Mutant(String name, History history, long blamedCompletion) {
        static final long ANY = -1;
    }

    private static long freshProcess(List<Op> ops) {
        long max = 0;
        for (Op op : ops) {
            max = Math.max(max, op.process());
        }
        return max + 1;
    }

    private static long lastTime(List<Op> ops) {
        return ops.isEmpty() ? 0 : ops.get(ops.size() - 1).time();
    }

    private static History renumbered(List<Op> ops) {
        List<Op> out = new ArrayList<>(ops.size());
        for (Op op : ops) {
            out.add(new Op(out.size(), op.time(), op.process(), op.type(), op.f(), op.value(), op.error()));
        }
        return History.of(out);
    }

    /** Indices of the ok completions of {@code f} in the middle half of the history. */
    private static List<Integer> okIn(List<Op> ops, String f) {
        List<Integer> found = new ArrayList<>();
        for (int i = ops.size() / 4; i < 3 * ops.size() / 4; i++) {
            if (ops.get(i).type() == OpType.OK && ops.get(i).f().equals(f)) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * A read in the middle returns {@code never}, a value no operation writes: every read returns the
     * initial nil or a written value. Reads change nothing, so every earlier prefix stays linearizable
     * and the read's completion is to blame.
     */
    static Mutant readNeverWritten(History h, Object never, SplittableRandom random) {
        List<Op> ops = new ArrayList<>(h.ops());
        List<Integer> reads = okIn(ops, "read");
        int i = reads.get(random.nextInt(reads.size()));
        Op r = ops.get(i);
        ops.set(i, new Op(r.index(), r.time(), r.process(), r.type(), r.f(), never, r.error()));
        return new Mutant("read of a value never written", renumbered(ops), i);
    }

    /**
     * After everything completed, a write of a fresh value x completes, then a read returns the value v
     * of a write that completed earlier. Values are unique, so only that write writes v, and it took
     * effect before its completion, before x was invoked: the read cannot follow x and see v.
     */
    static Mutant staleRead(History h, SplittableRandom random) {
        List<Op> ops = new ArrayList<>(h.ops());
        List<Integer> writes = okIn(ops, "write");
        Object v = ops.get(writes.get(random.nextInt(writes.size()))).value();
        long p = freshProcess(ops);
        long t = lastTime(ops) + 1;
        long x = 1_000_000_000L;
        ops.add(new Op(0, t, p, OpType.INVOKE, "write", x, null));
        ops.add(new Op(0, t + 1, p, OpType.OK, "write", x, null));
        ops.add(new Op(0, t + 2, p + 1, OpType.INVOKE, "read", null, null));
        ops.add(new Op(0, t + 3, p + 1, OpType.OK, "read", v, null));
        return new Mutant("stale read after a completed write", renumbered(ops), ops.size() - 1);
    }

    /**
     * Before anything else, two acquires complete one after the other with no release anywhere in
     * between: the second cannot find the lock free. For a fenced lease they get tokens 1 and 2.
     */
    static Mutant twoAcquiresFirst(History h, boolean fenced) {
        List<Op> ops = new ArrayList<>();
        long p = freshProcess(h.ops());
        ops.add(new Op(0, 0, p, OpType.INVOKE, "acquire", null, null));
        ops.add(new Op(0, 0, p, OpType.OK, "acquire", fenced ? 1L : null, null));
        ops.add(new Op(0, 0, p + 1, OpType.INVOKE, "acquire", null, null));
        ops.add(new Op(0, 0, p + 1, OpType.OK, "acquire", fenced ? 2L : null, null));
        ops.addAll(h.ops());
        return new Mutant("two acquires without a release", renumbered(ops), 3);
    }

    /**
     * After everything completed, r + 2 acquires complete one after another, where r counts the
     * indeterminate releases (the only releases that could still take effect between them): r + 1 gaps
     * need r + 1 releases.
     */
    static Mutant moreAcquiresThanReleases(History h) {
        List<Op> ops = new ArrayList<>(h.ops());
        int open = 0;
        java.util.Map<Long, Op> pending = new java.util.HashMap<>();
        for (Op op : ops) {
            if (op.isInvoke()) {
                pending.put(op.process(), op);
            } else {
                Op inv = pending.remove(op.process());
                if (op.type() == OpType.INFO && inv.f().equals("release")) {
                    open++;
                }
            }
        }
        for (Op inv : pending.values()) {
            if (inv.f().equals("release")) {
                open++;
            }
        }
        long p = freshProcess(ops);
        long t = lastTime(ops) + 1;
        for (int k = 0; k < open + 2; k++) {
            ops.add(new Op(0, t, p + k, OpType.INVOKE, "acquire", null, null));
            ops.add(new Op(0, t, p + k, OpType.OK, "acquire", null, null));
        }
        return new Mutant("acquires outnumber possible releases", renumbered(ops), Mutant.ANY);
    }

    /**
     * An acquire in the middle reports the token of an acquire that completed before it: tokens strictly
     * increase, so no order grants one token twice. The earlier prefixes keep it pending (its token
     * unseen), so its completion is to blame.
     */
    static Mutant duplicateToken(History h, SplittableRandom random) {
        List<Op> ops = new ArrayList<>(h.ops());
        List<Integer> acquires = okIn(ops, "acquire");
        int i = acquires.get(1 + random.nextInt(acquires.size() - 1));
        Object token = null;
        for (int j = 0; j < i; j++) {
            if (ops.get(j).type() == OpType.OK && ops.get(j).f().equals("acquire")) {
                token = ops.get(j).value();
            }
        }
        Op a = ops.get(i);
        ops.set(i, new Op(a.index(), a.time(), a.process(), a.type(), a.f(), token, a.error()));
        return new Mutant("a token granted twice", renumbered(ops), i);
    }

    /** A cas in the middle succeeds from a value no operation writes. */
    static Mutant casFromNeverWritten(History h, SplittableRandom random) {
        List<Op> ops = new ArrayList<>(h.ops());
        List<Integer> cases = okIn(ops, "cas");
        int i = cases.get(random.nextInt(cases.size()));
        Op c = ops.get(i);
        List<?> oldNew = (List<?>) c.value();
        List<Object> changed = List.of(77L, oldNew.get(1));
        for (int j = i - 1; j >= 0; j--) {
            Op o = ops.get(j);
            if (o.process() == c.process() && o.isInvoke()) {
                ops.set(j, new Op(o.index(), o.time(), o.process(), o.type(), o.f(), changed, o.error()));
                break;
            }
        }
        ops.set(i, new Op(c.index(), c.time(), c.process(), c.type(), c.f(), changed, c.error()));
        return new Mutant("cas from a value never written", renumbered(ops), Mutant.ANY);
    }
}
