package dev.electorate.spec;

/**
 * A participant in an election as a deterministic state machine: it only reacts to the events
 * below, through the {@link Context} it is handed, and keeps no reference to the context.
 */
public interface Node {

    /** The node comes up for the first time. */
    void start(Context ctx);

    /** A message from {@code from} arrives. */
    void receive(Context ctx, int from, Message message);

    /** A timer this node set has fired. */
    void timeout(Context ctx, String timer);

    /**
     * The node comes back after a crash. It is a fresh instance (volatile state is gone);
     * {@code durable} is the last value it persisted, or null if it never did.
     */
    void restart(Context ctx, Object durable);

    /** What the node believes it is. */
    Role role();

    /** The id the node believes leads, or {@link Cluster#NONE}. */
    int leader();

    /**
     * Term, epoch, ballot or zxid of the node's belief; 0, the default, where the algorithm has none
     * (Uniqueness then forbids two live leaders at once, whatever the time).
     */
    default long term() {
        return 0;
    }
}
