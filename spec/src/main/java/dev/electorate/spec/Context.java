package dev.electorate.spec;

import java.util.Map;

/**
 * Everything a node may do to the world, offered by whoever runs it (the simulator, a TLC trace,
 * an adapter); a node never touches threads, clocks, sockets or randomness of its own.
 */
public interface Context {

    /** This node's id. */
    int self();

    /** The members of the run, in ring order. */
    Cluster cluster();

    /** The node's local clock in ticks; under clock-skew faults it differs between nodes. */
    long now();

    /** Sends a message; the network decides when, whether and how often it arrives. */
    void send(int to, Message message);

    /** Starts (or restarts) the named timer to fire after {@code delay} local ticks. */
    void setTimer(String timer, long delay);

    /** Cancels the named timer if it is set. */
    void cancelTimer(String timer);

    /** A uniformly drawn integer in {@code [0, bound)}, from the run's own choice sequence. */
    int random(int bound);

    /** Replaces the node's durable state: what survives a crash and is handed back on restart. */
    void persist(Object durable);

    /**
     * Records the TLA+ action this reaction performed and the node's spec variables after it.
     * At most once per reaction; the values are Integer, Long, String, Boolean, List (a TLA+
     * sequence), java.util.SortedSet (a TLA+ set) or Map with String keys (a TLA+ record).
     */
    void record(String action, Map<String, ?> vars);
}
