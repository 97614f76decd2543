package dev.electorate.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated client history: entries in history order where each process has at most one operation
 * pending, every completion answers its process's pending invocation of the same {@code f}, and a
 * process that got {@code info} never invokes again (Jepsen gives the client a fresh process instead).
 * An invocation still pending at the end is indeterminate, like an {@code info}.
 */
public final class History {
    private final String source;
    private final List<Op> ops;
    private final int[] lines;
    private final int excluded;

    private History(String source, List<Op> ops, int[] lines, int excluded) {
        this.source = source;
        this.ops = ops;
        this.lines = lines;
        this.excluded = excluded;
    }

    /** Validates {@code ops} as a history; errors name the offending entry by its index. */
    public static History of(List<Op> ops) {
        return of("history", ops, null, 0);
    }

    /**
     * Validates {@code ops} read from {@code source}; {@code lines[i]} is the line of entry i (or
     * {@code null}); {@code excluded} counts entries left out because their process was not a client.
     */
    public static History of(String source, List<Op> ops, int[] lines, int excluded) {
        List<Op> copy = List.copyOf(ops);
        int[] lineCopy = lines == null ? new int[copy.size()] : lines.clone();
        if (lineCopy.length != copy.size()) {
            throw new IllegalArgumentException("lines has " + lineCopy.length + " entries for " + copy.size() + " ops");
        }
        validate(source, copy, lineCopy);
        return new History(source, copy, lineCopy, excluded);
    }

    private static void validate(String source, List<Op> ops, int[] lines) {
        Map<Long, Integer> pending = new HashMap<>();
        Set<Long> crashed = new HashSet<>();
        long previousIndex = Long.MIN_VALUE;
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            if (op.index() <= previousIndex) {
                throw error(source, lines, i, op, "index " + op.index() + " does not increase (previous " + previousIndex + ")");
            }
            previousIndex = op.index();
            Integer open = pending.get(op.process());
            if (op.isInvoke()) {
                if (crashed.contains(op.process())) {
                    throw error(source, lines, i, op, "process " + op.process() + " invokes " + op.f()
                            + " after it got info; a crashed process never invokes again (give the client a fresh process)");
                }
                if (open != null) {
                    Op first = ops.get(open);
                    throw error(source, lines, i, op, "process " + op.process() + " invokes " + op.f()
                            + " while its " + first.f() + " from " + where(lines, open, first) + " is still pending");
                }
                pending.put(op.process(), i);
            } else {
                if (open == null) {
                    throw error(source, lines, i, op, op.type().jepsenName() + " " + op.f() + " of process " + op.process()
                            + " answers no pending invocation; expected an invoke of it first");
                }
                Op invoke = ops.get(open);
                if (!invoke.f().equals(op.f())) {
                    throw error(source, lines, i, op, op.type().jepsenName() + " " + op.f() + " of process " + op.process()
                            + " answers its pending " + invoke.f() + " from " + where(lines, open, invoke) + "; expected f " + invoke.f());
                }
                pending.remove(op.process());
                if (op.type() == OpType.INFO) {
                    crashed.add(op.process());
                }
            }
        }
    }

    private static String where(int[] lines, int i, Op op) {
        return lines[i] > 0 ? "line " + lines[i] : "entry " + op.index();
    }

    private static HistoryFormatException error(String source, int[] lines, int i, Op op, String problem) {
        return new HistoryFormatException(source, lines[i], (lines[i] > 0 ? "" : "entry " + op.index() + ": ") + problem);
    }

    /** Where the history came from: a file name, or {@code history}. */
    public String source() {
        return source;
    }

    /** The entries, in history order. */
    public List<Op> ops() {
        return ops;
    }

    /** The number of entries. */
    public int size() {
        return ops.size();
    }

    /** The 1-based line of entry {@code i} in its file, or 0 when unknown. */
    public int line(int i) {
        return lines[i];
    }

    /** How many entries the reader left out because their process was not a client (a nemesis, say). */
    public int excluded() {
        return excluded;
    }

    /** The number of operations (invocations). */
    public int operations() {
        int n = 0;
        for (Op op : ops) {
            if (op.isInvoke()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return source + " (" + ops.size() + " entries)";
    }
}
