package dev.electorate.lin;

import dev.electorate.history.EdnHistory;

/**
 * A sequential specification: an initial state and a step function. States must be small immutable
 * values with {@code equals} and {@code hashCode}, because the checker remembers the (linearized set,
 * state) pairs it has explored.
 */
public interface Model {
    /** What {@link #step} returns when the operation cannot happen, or not with its result, in the state. */
    Object INCONSISTENT = Inconsistent.INCONSISTENT;

    /** The sentinel type of {@link #INCONSISTENT} and {@link #NOTHING}. */
    enum Inconsistent { INCONSISTENT, NOTHING }

    /** The model's name on the command line: {@code mutex}, {@code register}, ... */
    String name();

    /** The state before any operation. */
    Object initialState();

    /**
     * The state after {@code op} takes effect in {@code state}, or {@link #INCONSISTENT}. For an
     * indeterminate operation ({@link Operation#completed()} false) any result is allowed.
     */
    Object step(Object state, Operation op);

    /**
     * Whether the operation, with its result unknown, changes no state and rules nothing out (an
     * indeterminate read), so the checker may leave it out.
     */
    default boolean constrainsNothing(Operation op) {
        return false;
    }

    /** What {@link #requires} and {@link #produces} answer when they have nothing to say. */
    Object NOTHING = Inconsistent.NOTHING;

    /**
     * For a model whose state is a plain value that only operations set (a register): the state value
     * {@code op} can only take effect in (a completed read's result, a cas's old value), or
     * {@link #NOTHING}. With {@link #produces} it lets the search drop a branch as soon as a value some
     * read still needs can never come back, and leave out indeterminate writes nobody could have seen.
     * A model that answers guarantees: an operation that requires nothing may take effect in any state,
     * one that requires v only in state v; one that produces v leaves the state v, one that produces
     * nothing leaves it unchanged.
     */
    default Object requires(Operation op) {
        return NOTHING;
    }

    /**
     * The state value {@code op} sets when it takes effect (a write's value, a cas's new one), or
     * {@link #NOTHING}; see {@link #requires} for what a model that answers guarantees.
     */
    default Object produces(Operation op) {
        return NOTHING;
    }

    /** Why the operation does not fit the model (an unknown {@code f}, a value of the wrong shape), or {@code null}. */
    default String malformed(Operation op) {
        return null;
    }

    /** A state in words, for explanations. */
    default String show(Object state) {
        return EdnHistory.write(state);
    }
}
