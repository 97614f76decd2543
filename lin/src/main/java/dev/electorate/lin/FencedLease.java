package dev.electorate.lin;

/**
 * A lease with fencing tokens: at most one holder, and each grant carries a token greater than every
 * token granted before (etcd's revision, ZooKeeper's zxid or sequence number). Tokens are positive
 * integers; they need not be consecutive.
 *
 * <ul>
 *   <li>{@code acquire}: invoke value {@code nil}; ok value the granted token t. Possible only when no one
 *       holds the lease and t is greater than every earlier token. An indeterminate acquire may have
 *       been granted a token the history never shows; that token is greater than every earlier one.</li>
 *   <li>{@code release}: invoke (and ok) value the token being given up. Possible only while that token
 *       holds the lease. A lease that ends by expiry is recorded as a release of its token, by whichever
 *       process observed it.</li>
 *   <li>{@code leader}: a read; invoke value {@code nil}, ok value the holder's token or {@code nil} when
 *       the lease is free.</li>
 * </ul>
 */
public final class FencedLease implements Model {

    /**
     * The lease's state: {@code holder} is the holding token, 0 when free, or {@link #UNSEEN} when an
     * indeterminate acquire holds it with a token greater than {@code last}; {@code last} is the greatest
     * token granted so far.
     */
    public record Lease(long holder, long last) {
        /** The holder value of a lease granted to an indeterminate acquire whose token nobody saw. */
        public static final long UNSEEN = -1;

        @Override
        public String toString() {
            String h = holder == 0 ? "free" : holder == UNSEEN ? "held by an unseen token > " + last : "held by token " + holder;
            return h + ", last token " + last;
        }
    }

    @Override
    public String name() {
        return "fenced-lease";
    }

    @Override
    public Object initialState() {
        return new Lease(0, 0);
    }

    @Override
    public Object step(Object state, Operation op) {
        Lease s = (Lease) state;
        switch (op.f()) {
            case "acquire" -> {
                if (s.holder() != 0) {
                    return INCONSISTENT;
                }
                if (!op.completed()) {
                    return new Lease(Lease.UNSEEN, s.last());
                }
                long t = (Long) op.output();
                return t > s.last() ? new Lease(t, t) : INCONSISTENT;
            }
            case "release" -> {
                long t = (Long) op.input();
                return holds(s, t) ? new Lease(0, Math.max(t, s.last())) : INCONSISTENT;
            }
            case "leader" -> {
                if (!op.completed()) {
                    return s;
                }
                Object seen = op.output();
                if (seen == null) {
                    return s.holder() == 0 ? s : INCONSISTENT;
                }
                long t = (Long) seen;
                if (s.holder() == t) {
                    return s;
                }
                // Reading an unseen token reveals it.
                return s.holder() == Lease.UNSEEN && t > s.last() ? new Lease(t, t) : INCONSISTENT;
            }
            default -> {
                return INCONSISTENT;
            }
        }
    }

    private static boolean holds(Lease s, long token) {
        return s.holder() == token || s.holder() == Lease.UNSEEN && token > s.last();
    }

    @Override
    public boolean constrainsNothing(Operation op) {
        return op.f().equals("leader") && !op.completed();
    }

    @Override
    public String malformed(Operation op) {
        return switch (op.f()) {
            case "acquire" -> !op.completed() || op.output() instanceof Long t && t > 0 ? null
                    : "an acquire's ok value must be its token, a positive integer; found " + show(op.output());
            case "release" -> op.input() instanceof Long t && t > 0 ? null
                    : "a release's value must be the token it gives up, a positive integer; found " + show(op.input());
            case "leader" -> !op.completed() || op.output() == null || op.output() instanceof Long t && t > 0 ? null
                    : "a leader read's ok value must be a token or nil; found " + show(op.output());
            default -> "the fenced-lease model knows acquire, release and leader, not " + op.f();
        };
    }

    @Override
    public String show(Object state) {
        return state instanceof Lease l ? l.toString() : dev.electorate.history.EdnHistory.write(state);
    }
}
