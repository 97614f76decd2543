package dev.electorate.lin;

import dev.electorate.history.History;
import dev.electorate.history.HistoryFormatException;
import dev.electorate.history.Op;
import dev.electorate.history.OpType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a history is linearizable against a {@link Model}, by the Wing-Gong search with
 * Lowe's just-in-time linearization and memoisation of (linearized set, state) as in Porcupine.
 *
 * <p>{@code fail} operations are left out. Indeterminate operations ({@code info}, or pending at the
 * end) may take effect at any point after their invocation or never: their completion counts as
 * after everything else, and the search may finish without them. A history of a {@link Keyed} model is
 * split by key and each sub-history checked on its own (P-compositionality).
 */
public final class LinearizabilityChecker {
    private LinearizabilityChecker() {}

    /** Search steps spent at most on listing the states an explanation shows. */
    private static final long STATES_BUDGET = 50_000;

    /** Checks {@code history} against {@code model}, giving up with {@link HistoryVerdict#UNKNOWN} after {@code timeout}. */
    public static Result check(History history, Model model, Duration timeout) {
        long deadline = System.nanoTime() + Math.max(0, Math.min(timeout.toNanos(), Long.MAX_VALUE / 4));
        List<Operation> ops = operations(history, model);
        if (!(model instanceof Keyed keyed)) {
            Search.Outcome o = new Search(ops, model, deadline).run();
            return new Result(o.verdict(), explain(o, null, ops, history, model, deadline), ops.size(), 1);
        }
        Map<Object, List<Operation>> byKey = new LinkedHashMap<>();
        for (Operation op : ops) {
            List<Operation> sub = byKey.computeIfAbsent(keyed.key(op), k -> new ArrayList<>());
            sub.add(keyed.unwrap(op, sub.size()));
        }
        HistoryVerdict verdict = HistoryVerdict.LINEARIZABLE;
        for (Map.Entry<Object, List<Operation>> e : byKey.entrySet()) {
            Search.Outcome o = new Search(e.getValue(), keyed.inner(), deadline).run();
            if (o.verdict() == HistoryVerdict.NOT_LINEARIZABLE) {
                return new Result(o.verdict(), explain(o, e.getKey(), e.getValue(), history, keyed.inner(), deadline), ops.size(), byKey.size());
            }
            if (o.verdict() == HistoryVerdict.UNKNOWN) {
                verdict = HistoryVerdict.UNKNOWN; // a later key may still prove the history not linearizable
            }
        }
        return new Result(verdict, null, ops.size(), byKey.size());
    }

    /**
     * The operations of {@code history}: each invocation paired with its completion, {@code fail}s left
     * out, in invocation order. An operation that does not fit the model is a {@link HistoryFormatException}.
     */
    public static List<Operation> operations(History history, Model model) {
        List<Op> entries = history.ops();
        Map<Long, Integer> pending = new HashMap<>();
        Operation[] byInvoke = new Operation[entries.size()];
        boolean[] failed = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Op e = entries.get(i);
            if (e.isInvoke()) {
                pending.put(e.process(), i);
                continue;
            }
            int inv = pending.remove(e.process());
            Op invoke = entries.get(inv);
            if (e.type() == OpType.FAIL) {
                failed[inv] = true;
            } else {
                boolean ok = e.type() == OpType.OK;
                byInvoke[inv] = new Operation(0, e.process(), invoke.f(), invoke.value(), ok ? e.value() : null, ok, invoke, e, inv, i);
            }
        }
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Op e = entries.get(i);
            if (!e.isInvoke() || failed[i]) {
                continue;
            }
            Operation op = byInvoke[i] != null ? byInvoke[i]
                    : new Operation(0, e.process(), e.f(), e.value(), null, false, e, null, i, -1);
            op = op.with(ops.size(), op.input(), op.output());
            String problem = model.malformed(op);
            if (problem != null) {
                int at = op.completed() ? op.completionPos() : op.invokePos();
                int line = history.line(at);
                throw new HistoryFormatException(history.source(), line,
                        (line > 0 ? "" : "entry " + entries.get(at).index() + ": ") + problem + " (model " + model.name() + ")");
            }
            ops.add(op);
        }
        return ops;
    }

    /**
     * The shortest prefix that is not linearizable, found by bisection over the completions (a prefix of
     * a linearizable prefix is linearizable): operations still running at the cut may or may not have
     * taken effect. The search over the whole history may prune with what later operations need, so its
     * own dead end is not necessarily the earliest.
     */
    private static Explanation explain(Search.Outcome o, Object key, List<Operation> ops, History history, Model model, long deadline) {
        if (o.verdict() != HistoryVerdict.NOT_LINEARIZABLE) {
            return null;
        }
        List<Operation> byCompletion = new ArrayList<>();
        for (Operation op : ops) {
            if (op.completed()) {
                byCompletion.add(op);
            }
        }
        byCompletion.sort(java.util.Comparator.comparingInt(Operation::completionPos));
        int lo = -1; // the prefix ending with byCompletion[lo]'s completion is linearizable
        int hi = byCompletion.size() - 1; // the prefix ending with byCompletion[hi]'s completion is not
        boolean shortest = true;
        // The search over the whole history stood at its failing operation's completion with every earlier
        // completion linearized (pruning only ever removes options), so every shorter prefix is linearizable
        // and the shortest bad one ends there or later: gallop forward from it, then bisect.
        int from = o.failing() == null ? -1 : indexOfCompletion(byCompletion, o.failing().completionPos());
        if (from >= 0) {
            lo = from - 1;
            for (int step = 1; lo + step < hi; step *= 2) {
                HistoryVerdict v = verdictOfPrefix(ops, byCompletion.get(lo + step), model, deadline);
                if (v == HistoryVerdict.UNKNOWN) {
                    shortest = false;
                    break;
                }
                if (v == HistoryVerdict.NOT_LINEARIZABLE) {
                    hi = lo + step;
                    break;
                }
                lo += step;
            }
        }
        while (shortest && hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            HistoryVerdict v = verdictOfPrefix(ops, byCompletion.get(mid), model, deadline);
            if (v == HistoryVerdict.UNKNOWN) {
                shortest = false;
                break;
            }
            if (v == HistoryVerdict.NOT_LINEARIZABLE) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        Operation failing = byCompletion.get(hi);
        // States where the search stood when it had to give up on the failing operation (this prefix is
        // known to be bad, so the search may stop once it has enough of them), without
        // pruning by what later operations need; bounded in steps so the output is the same everywhere.
        Search.Outcome states = new Search(prefix(ops, failing.completionPos() + 1), model, deadline, false, STATES_BUDGET, true).run();
        List<String> shown = new ArrayList<>();
        if (states.failing() != null && states.failing().completionPos() == failing.completionPos()) {
            for (Object st : states.statesBefore()) {
                shown.add(model.show(st));
            }
        }
        // More states met than listed, or a search stopped by its budget: the list may be incomplete.
        boolean moreStates = !shown.isEmpty() && (shown.size() > Search.MAX_STATES_SHOWN || states.verdict() != HistoryVerdict.NOT_LINEARIZABLE);
        List<Operation> concurrent = new ArrayList<>();
        int more = 0;
        for (Operation op : ops) {
            boolean overlaps = op != failing && op.invokePos() < failing.completionPos()
                    && (op.completionPos() < 0 || op.completionPos() > failing.invokePos());
            if (overlaps) {
                if (concurrent.size() < Explanation.LISTED) {
                    concurrent.add(op);
                } else {
                    more++;
                }
            }
        }
        return new Explanation(key, failing, history.line(failing.completionPos()),
                shown.subList(0, Math.min(shown.size(), Search.MAX_STATES_SHOWN)), moreStates, concurrent, more, shortest);
    }

    /** Whether the history up to and including {@code last}'s completion is linearizable. */
    private static HistoryVerdict verdictOfPrefix(List<Operation> ops, Operation last, Model model, long deadline) {
        return new Search(prefix(ops, last.completionPos() + 1), model, deadline).run().verdict();
    }

    /** The index in {@code byCompletion} (sorted by completion) of the operation completing at {@code position}, or -1. */
    private static int indexOfCompletion(List<Operation> byCompletion, int position) {
        int lo = 0;
        int hi = byCompletion.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = byCompletion.get(mid).completionPos();
            if (at == position) {
                return mid;
            }
            if (at < position) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** The operations of the history's first {@code cut} entries: those still running at the cut become indeterminate. */
    private static List<Operation> prefix(List<Operation> ops, int cut) {
        List<Operation> out = new ArrayList<>();
        for (Operation op : ops) {
            if (op.invokePos() >= cut) {
                continue;
            }
            if (op.completionPos() >= cut) {
                out.add(new Operation(out.size(), op.process(), op.f(), op.input(), null, false, op.invoke(), null, op.invokePos(), -1));
            } else {
                out.add(op.with(out.size(), op.input(), op.output()));
            }
        }
        return out;
    }
}
