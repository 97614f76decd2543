package dev.electorate.lin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * One depth-first search for a linearization of one (sub-)history, after Lowe's just-in-time
 * linearization: the invocations and completions form a doubly linked list; at an invocation the search
 * tries to linearize that operation next (lifting it out of the list), at the completion of an operation
 * not yet linearized it backtracks.
 *
 * <p>Indeterminate operations complete after everything else, so reaching one of their completions
 * means every determinate operation is placed and the rest may never have taken effect. Because such an
 * operation may also be placed later or never, a configuration is dominated by one already explored with
 * the same determinate operations, the same state and a subset of the indeterminate ones; the memo
 * prunes those as well as exact repeats.
 */
final class Search {

    /** What one search found; for a failure, the operation whose completion ends the shortest bad prefix. */
    record Outcome(HistoryVerdict verdict, Operation failing, List<Object> statesBefore) {}

    private static final int HEAD = 0;
    /** How many states at the failing completion an explanation lists; the search keeps one more, to tell "and more". */
    static final int MAX_STATES_SHOWN = 4;

    private final Model model;
    private final long deadline;
    private final Operation[] ops;
    private final boolean[] indeterminate;
    private final int[] slot; // index among the determinate or among the indeterminate operations
    private final long[] zobrist; // per determinate slot
    // The entry list: entry 0 is the head; entries 1..2n are invocations and completions in history order.
    private final int[] next;
    private final int[] prev;
    private final int[] entryOp;
    private final boolean[] isCall;
    private final int[] returnOf; // op -> its completion entry
    private final int[] position; // entry -> position in the history (indeterminate completions: after all)

    Search(List<Operation> all, Model model, long deadline) {
        this(all, model, deadline, true, Long.MAX_VALUE);
    }

    /**
     * A search; {@code pruneByValues} false keeps it from using what later operations need (for
     * explanations); after {@code maxSteps} steps it gives up with {@link HistoryVerdict#UNKNOWN}, the same way
     * on every machine.
     */
    Search(List<Operation> all, Model model, long deadline, boolean pruneByValues, long maxSteps) {
        this(all, model, deadline, pruneByValues, maxSteps, false);
    }

    /**
     * As {@link #Search(List, Model, long, boolean, long)}; {@code knownBad} says the caller knows the
     * history is not linearizable and wants only the states at its last completion, so the search may
     * stop once it has as many of them as an explanation shows (the first ones in its order, as a full
     * search would list them).
     */
    Search(List<Operation> all, Model model, long deadline, boolean pruneByValues, long maxSteps, boolean knownBad) {
        this.knownBad = knownBad;
        this.maxSteps = maxSteps;
        this.model = model;
        this.deadline = deadline;
        List<Operation> kept = new ArrayList<>(all.size());
        for (Operation op : all) {
            if (!(op.indeterminate() && model.constrainsNothing(op))) {
                kept.add(op);
            }
        }
        if (pruneByValues) {
            kept = withoutUnobservedEffects(kept, model);
        }
        int n = kept.size();
        ops = kept.toArray(new Operation[0]);
        indeterminate = new boolean[n];
        slot = new int[n];
        int determinate = 0;
        int unknown = 0;
        for (int i = 0; i < n; i++) {
            indeterminate[i] = ops[i].indeterminate();
            slot[i] = indeterminate[i] ? unknown++ : determinate++;
        }
        zobrist = new long[determinate];
        SplittableRandom random = new SplittableRandom(0x5EED_1_0CAL);
        for (int i = 0; i < determinate; i++) {
            zobrist[i] = random.nextLong();
        }
        // Entries sorted by position; indeterminate completions after every real one, in op order.
        long[] keys = new long[2 * n];
        for (int i = 0; i < n; i++) {
            keys[2 * i] = ((long) ops[i].invokePos() << 32) | (2L * i);
            long end = indeterminate[i] ? Integer.MAX_VALUE : ops[i].completionPos();
            keys[2 * i + 1] = (end << 32) | (2L * i + 1);
        }
        Arrays.sort(keys);
        next = new int[2 * n + 1];
        prev = new int[2 * n + 1];
        entryOp = new int[2 * n + 1];
        isCall = new boolean[2 * n + 1];
        position = new int[2 * n + 1];
        returnOf = new int[n];
        for (int e = 1; e <= 2 * n; e++) {
            int code = (int) (keys[e - 1] & 0xFFFFFFFFL);
            entryOp[e] = code / 2;
            isCall[e] = code % 2 == 0;
            position[e] = (int) (keys[e - 1] >>> 32);
            if (!isCall[e]) {
                returnOf[code / 2] = e;
            }
            prev[e] = e - 1;
            next[e - 1] = e;
        }
        next[2 * n] = -1;
        prev[HEAD] = -1;
        if (n == 0) {
            next[HEAD] = -1;
        }
        determinateBits = new LiveBits(determinate);
        indeterminateBits = new LiveBits(unknown);
        values = new Values(pruneByValues ? model : null, ops);
        // Indeterminate operations with the same f and value are interchangeable once invoked.
        twinClass = new int[n];
        twinRank = new int[n];
        HashMap<List<Object>, Integer> classes = new HashMap<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!indeterminate[i]) {
                twinClass[i] = -1;
                continue;
            }
            List<Object> key = java.util.Arrays.asList(ops[i].f(), ops[i].input());
            Integer c = classes.get(key);
            if (c == null) {
                c = sizes.size();
                classes.put(key, c);
                sizes.add(0);
            }
            twinClass[i] = c;
            twinRank[i] = sizes.get(c);
            sizes.set(c, twinRank[i] + 1);
        }
        twinsTaken = new int[sizes.size()];
    }

    /*
     * Symmetry: of interchangeable indeterminate operations only the earliest not yet linearized is
     * tried, so the linearized ones of a class are always its first twinsTaken[class] (in invocation
     * order). Swapping two of them in any linearization gives another, so nothing is lost.
     */
    private final int[] twinClass;
    private final int[] twinRank;
    private final int[] twinsTaken;

    private final Values values;
    private final long maxSteps;
    private final boolean knownBad;

    /**
     * Leaves out indeterminate operations that set a value no operation needs: in a model that states
     * what operations need and set, nothing can observe that value, and the next operation to go after
     * it needs nothing and could as well go without it. Repeated, as leaving one out may free others.
     */
    private static List<Operation> withoutUnobservedEffects(List<Operation> ops, Model model) {
        List<Operation> kept = ops;
        while (true) {
            java.util.HashSet<Object> needed = new java.util.HashSet<>();
            for (Operation op : kept) {
                Object r = model.requires(op);
                if (r != Model.NOTHING) {
                    needed.add(r);
                }
            }
            List<Operation> next = new ArrayList<>(kept.size());
            for (Operation op : kept) {
                Object p = model.produces(op);
                if (!(op.indeterminate() && p != Model.NOTHING && !needed.contains(p))) {
                    next.add(op);
                }
            }
            if (next.size() == kept.size()) {
                return kept;
            }
            kept = next;
        }
    }

    private final LiveBits determinateBits;
    private final LiveBits indeterminateBits;
    private long hash;
    private final HashMap<Key, Seen> memo = new HashMap<>();

    /** A memo key: the determinate operations' hash and the state. */
    private record Key(long hash, Object state) {
        @Override
        public int hashCode() {
            return Long.hashCode(hash) * 31 + Objects.hashCode(state);
        }
    }

    /** Configurations seen with one key, as a chain. */
    private record Seen(Bits determinate, Bits indeterminate, Seen next) {}

    Outcome run() {
        Object state = model.initialState();
        if (!values.reachableAtStart(state)) {
            return new Outcome(HistoryVerdict.NOT_LINEARIZABLE, null, List.of());
        }
        remember(state);
        int[] stackEntry = new int[ops.length];
        Object[] stackState = new Object[ops.length];
        int depth = 0;
        int worst = -1; // position of the completion the search got least far past
        Operation failing = null;
        List<Object> states = new ArrayList<>();
        long steps = 0;
        // Determinate candidates first, indeterminate ones in a second pass: configurations that leave
        // indeterminate operations out come first and then dominate those that place them needlessly.
        boolean secondPass = false;
        int entry = next[HEAD];
        while (next[HEAD] != -1) {
            if ((++steps & 0x3FF) == 0 && (System.nanoTime() - deadline > 0 || steps > maxSteps)) {
                // A caller that knows the history is bad still gets the states met at its end so far.
                return knownBad ? new Outcome(HistoryVerdict.UNKNOWN, failing, states) : new Outcome(HistoryVerdict.UNKNOWN, null, List.of());
            }
            int op = entryOp[entry];
            if (isCall[entry]) {
                if (indeterminate[op] != secondPass
                        || indeterminate[op] && twinRank[op] != twinsTaken[twinClass[op]]) {
                    entry = next[entry];
                    continue;
                }
                Object after = model.step(state, ops[op]);
                // An indeterminate operation that changes nothing is dominated by leaving it out.
                if (after != Model.INCONSISTENT && !(indeterminate[op] && Objects.equals(after, state))) {
                    mark(op, true);
                    boolean live = values.linearize(op, state, after);
                    if (live && remember(after)) {
                        stackEntry[depth] = entry;
                        stackState[depth++] = state;
                        state = after;
                        lift(entry);
                        entry = next[HEAD];
                        secondPass = false;
                        continue;
                    }
                    values.unlinearize(op);
                    mark(op, false);
                }
                entry = next[entry];
            } else {
                if (indeterminate[op]) {
                    return new Outcome(HistoryVerdict.LINEARIZABLE, null, List.of());
                }
                if (!secondPass) {
                    secondPass = true;
                    entry = next[HEAD];
                    continue;
                }
                if (position[entry] > worst) {
                    worst = position[entry];
                    failing = ops[op];
                    states.clear();
                }
                if (position[entry] == worst && states.size() <= MAX_STATES_SHOWN && !states.contains(state)) {
                    states.add(state);
                    if (knownBad && states.size() > MAX_STATES_SHOWN && position[entry] == lastCompletion()) {
                        return new Outcome(HistoryVerdict.NOT_LINEARIZABLE, failing, states);
                    }
                }
                if (depth == 0) {
                    return new Outcome(HistoryVerdict.NOT_LINEARIZABLE, failing, states);
                }
                int top = stackEntry[--depth];
                state = stackState[depth];
                stackState[depth] = null;
                values.unlinearize(entryOp[top]);
                mark(entryOp[top], false);
                unlift(top);
                entry = next[top];
                secondPass = indeterminate[entryOp[top]];
            }
        }
        return new Outcome(HistoryVerdict.LINEARIZABLE, null, List.of());
    }

    /** The position of the last determinate completion in the history, or -1. */
    private int lastCompletion() {
        int last = -1;
        for (int i = 0; i < ops.length; i++) {
            if (!indeterminate[i]) {
                last = Math.max(last, position[returnOf[i]]);
            }
        }
        return last;
    }

    private void mark(int op, boolean linearized) {
        if (indeterminate[op]) {
            twinsTaken[twinClass[op]] += linearized ? 1 : -1;
            indeterminateBits.set(slot[op], linearized);
        } else {
            determinateBits.set(slot[op], linearized);
            hash ^= zobrist[slot[op]];
        }
    }

    /** Records the current configuration; false when it, or one that dominates it, was seen before. */
    private boolean remember(Object state) {
        Key key = new Key(hash, state);
        Seen first = memo.get(key);
        for (Seen s = first; s != null; s = s.next()) {
            if (determinateBits.sameAs(s.determinate()) && indeterminateBits.containsAll(s.indeterminate())) {
                return false;
            }
        }
        memo.put(key, new Seen(determinateBits.snapshot(), indeterminateBits.snapshot(), first));
        return true;
    }

    private void lift(int call) {
        int ret = returnOf[entryOp[call]];
        unlink(call);
        unlink(ret);
    }

    private void unlift(int call) {
        int ret = returnOf[entryOp[call]];
        relink(ret);
        relink(call);
    }

    private void unlink(int e) {
        next[prev[e]] = next[e];
        if (next[e] != -1) {
            prev[next[e]] = prev[e];
        }
    }

    private void relink(int e) {
        next[prev[e]] = e;
        if (next[e] != -1) {
            prev[next[e]] = e;
        }
    }

    /**
     * For models that say which state values operations need and set ({@link Model#requires},
     * {@link Model#produces}): how many operations not yet linearized need each value and how many could
     * still set it. A branch is dead once a value some completed operation needs is neither the state nor
     * settable any more: that operation can never be linearized.
     */
    private static final class Values {
        private final boolean used;
        private final int[] requires; // op -> value id or -1 (only determinate ops count)
        private final int[] produces; // op -> value id or -1
        private final int[] readers;
        private final int[] producers;
        private final HashMap<Object, Integer> ids = new HashMap<>();

        Values(Model model, Operation[] ops) {
            requires = new int[ops.length];
            produces = new int[ops.length];
            Arrays.fill(requires, -1);
            Arrays.fill(produces, -1);
            boolean any = false;
            for (int i = 0; i < ops.length && model != null; i++) {
                Object r = ops[i].completed() ? model.requires(ops[i]) : Model.NOTHING;
                Object p = model.produces(ops[i]);
                requires[i] = r == Model.NOTHING ? -1 : id(r);
                produces[i] = p == Model.NOTHING ? -1 : id(p);
                any |= requires[i] >= 0;
            }
            used = any;
            readers = new int[ids.size()];
            producers = new int[ids.size()];
            for (int i = 0; i < ops.length; i++) {
                if (requires[i] >= 0) {
                    readers[requires[i]]++;
                }
                if (produces[i] >= 0) {
                    producers[produces[i]]++;
                }
            }
        }

        /** Whether every value some operation needs is the initial state or can still be set. */
        boolean reachableAtStart(Object initial) {
            Integer now = ids.get(initial);
            for (int v = 0; v < readers.length && used; v++) {
                if (!reachable(v, now)) {
                    return false;
                }
            }
            return true;
        }

        private int id(Object value) {
            return ids.computeIfAbsent(value, v -> ids.size());
        }

        /** Counts {@code op} as linearized; false when that leaves some needed value out of reach. */
        boolean linearize(int op, Object before, Object after) {
            if (!used) {
                return true;
            }
            if (requires[op] >= 0) {
                readers[requires[op]]--;
            }
            if (produces[op] >= 0) {
                producers[produces[op]]--;
            }
            Integer now = ids.get(after);
            return reachable(ids.get(before), now) && reachable(produces[op] < 0 ? null : produces[op], now);
        }

        private boolean reachable(Integer value, Integer state) {
            return value == null || value.equals(state) || readers[value] == 0 || producers[value] > 0;
        }

        void unlinearize(int op) {
            if (!used) {
                return;
            }
            if (requires[op] >= 0) {
                readers[requires[op]]++;
            }
            if (produces[op] >= 0) {
                producers[produces[op]]++;
            }
        }
    }

    /**
     * A set of operations as it was at one moment: the words from the first one not all set to the last
     * one not empty. Linearized operations cluster at the front, so snapshots stay a few words long.
     */
    record Bits(int offset, long[] words) {}

    /** The set being built by the search, with the bounds {@link Bits} needs kept up to date. */
    static final class LiveBits {
        private final long[] words;
        private int low; // first word not all ones
        private int high = -1; // last word not zero

        LiveBits(int size) {
            words = new long[(size + 63) / 64];
        }

        void set(int i, boolean value) {
            int w = i >>> 6;
            if (value) {
                words[w] |= 1L << i;
                while (low < words.length && words[low] == -1L) {
                    low++;
                }
                high = Math.max(high, w);
            } else {
                words[w] &= ~(1L << i);
                low = Math.min(low, w);
                while (high >= 0 && words[high] == 0) {
                    high--;
                }
            }
        }

        Bits snapshot() {
            if (high < low) {
                return new Bits(low, EMPTY);
            }
            return new Bits(low, Arrays.copyOfRange(words, low, high + 1));
        }

        boolean sameAs(Bits b) {
            if (b.offset() != low || b.words().length != Math.max(0, high - low + 1)) {
                return false;
            }
            for (int k = 0; k < b.words().length; k++) {
                if (words[low + k] != b.words()[k]) {
                    return false;
                }
            }
            return true;
        }

        boolean containsAll(Bits b) {
            if (b.offset() > low) {
                return false; // b has all of a word this set misses a bit of
            }
            long[] bw = b.words();
            for (int k = 0; k < bw.length; k++) {
                if ((bw[k] & ~words[b.offset() + k]) != 0) {
                    return false;
                }
            }
            return true;
        }

        private static final long[] EMPTY = new long[0];
    }
}
