package dev.electorate.lin;

import dev.electorate.history.EdnHistory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many independent objects of one model, one per key, as in Jepsen's independent histories: every
 * value is a pair {@code [key v]} where v is what the inner model expects (a read invokes with
 * {@code [k nil]} and completes with {@code [k v]}). The checker splits a keyed history into one
 * sub-history per key and checks each alone (linearizability is compositional).
 */
public final class Keyed implements Model {
    private final Model inner;

    /** A keyed form of {@code inner}. */
    public Keyed(Model inner) {
        this.inner = inner;
    }

    /** The model each key follows. */
    public Model inner() {
        return inner;
    }

    @Override
    public String name() {
        return "keyed " + inner.name();
    }

    @Override
    public Object initialState() {
        return Map.of();
    }

    /** The key an operation is about: the first element of its invocation's value. */
    public Object key(Operation op) {
        return ((List<?>) op.input()).get(0);
    }

    /** The operation as the inner model sees it: values without their key. */
    public Operation unwrap(Operation op, int id) {
        Object output = op.completed() && op.output() instanceof List<?> l && l.size() == 2 ? l.get(1) : null;
        return op.with(id, ((List<?>) op.input()).get(1), output);
    }

    @Override
    public Object step(Object state, Operation op) {
        @SuppressWarnings("unchecked")
        Map<Object, Object> states = (Map<Object, Object>) state;
        Object key = key(op);
        Object before = states.containsKey(key) ? states.get(key) : inner.initialState();
        Object after = inner.step(before, unwrap(op, op.id()));
        if (after == INCONSISTENT) {
            return INCONSISTENT;
        }
        Map<Object, Object> next = new HashMap<>(states);
        next.put(key, after);
        return java.util.Collections.unmodifiableMap(next);
    }

    @Override
    public boolean constrainsNothing(Operation op) {
        return inner.constrainsNothing(unwrap(op, op.id()));
    }

    @Override
    public String malformed(Operation op) {
        if (!(op.input() instanceof List<?> in) || in.size() != 2) {
            return "a keyed operation's value must be [key value]; found " + EdnHistory.write(op.input());
        }
        if (op.completed() && !(op.output() instanceof List<?> out && out.size() == 2 && java.util.Objects.equals(out.get(0), in.get(0)))) {
            return "a keyed operation's ok value must be [key value] with the key it was invoked with ("
                    + EdnHistory.write(in.get(0)) + "); found " + EdnHistory.write(op.output());
        }
        return inner.malformed(unwrap(op, op.id()));
    }
}
