package dev.electorate.spec;

import java.util.List;
import java.util.Map;

/**
 * One event of a run and its outcome: a node's reaction (named by the TLA+ action it performed)
 * or a fault, with the acting node's spec variables and beliefs after it.
 *
 * @param index  position in the trace, from 0
 * @param time   virtual time in ticks (the simulator's, not the node's skewed clock)
 * @param kind   what happened: a node reaction or a fault
 * @param node   the node that acted or was hit; 0 for network-wide faults
 * @param action the TLA+ action name ("ReceiveElection") or the fault ("Crash", "Partition")
 * @param from   the sender of the received or lost message, 0 otherwise
 * @param message the message received, lost or duplicated, or null
 * @param timer  the timer that fired, or null
 * @param sent   the messages the reaction sent
 * @param vars   the node's spec variables after the step (empty for faults)
 * @param role   the node's role after the step
 * @param leader the leader the node names after the step
 * @param term   the node's term after the step
 * @param up     whether the node is running (not crashed) after the step
 * @param detail a fault's parameters in words ("{1,2} | {3,4,5}"), or null
 */
public record Step(
        long index,
        long time,
        Kind kind,
        int node,
        String action,
        int from,
        Message message,
        String timer,
        List<Envelope> sent,
        Map<String, Object> vars,
        Role role,
        int leader,
        long term,
        boolean up,
        String detail) {

    /** What kind of event a step is. */
    public enum Kind { START, RECEIVE, TIMEOUT, RESTART, FAULT }

    public Step {
        sent = List.copyOf(sent);
        vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
    }

    /**
     * A node's reaction to an event of the given kind (start, receive, timeout or restart), after
     * which the node is up.
     */
    public static Step reaction(long index, long time, Kind kind, int node, String action, int from, Message message,
                                String timer, List<Envelope> sent, Map<String, Object> vars, Role role, int leader,
                                long term) {
        if (kind == Kind.FAULT) {
            throw new IllegalArgumentException("a fault is not a reaction: use Step.fault or Step.crash");
        }
        return new Step(index, time, kind, node, action, from, message, timer, sent, vars, role, leader, term, true,
                null);
    }

    /** A node's first reaction, to its start. */
    public static Step start(long index, long time, int node, String action, List<Envelope> sent,
                             Map<String, Object> vars, Role role, int leader, long term) {
        return reaction(index, time, Kind.START, node, action, 0, null, null, sent, vars, role, leader, term);
    }

    /** A node's reaction to the message {@code message} from {@code from}. */
    public static Step receive(long index, long time, int node, String action, int from, Message message,
                               List<Envelope> sent, Map<String, Object> vars, Role role, int leader, long term) {
        return reaction(index, time, Kind.RECEIVE, node, action, from, message, null, sent, vars, role, leader, term);
    }

    /** A node's reaction to its timer {@code timer} firing. */
    public static Step timeout(long index, long time, int node, String action, String timer, List<Envelope> sent,
                               Map<String, Object> vars, Role role, int leader, long term) {
        return reaction(index, time, Kind.TIMEOUT, node, action, 0, null, timer, sent, vars, role, leader, term);
    }

    /**
     * A fault that hits a node (or the network when {@code node} is 0), leaving its beliefs as given;
     * {@code from} and {@code message} name the lost or duplicated message, if any.
     */
    public static Step fault(long index, long time, int node, String action, int from, Message message, Role role,
                             int leader, long term, boolean up, String detail) {
        return new Step(index, time, Kind.FAULT, node, action, from, message, null, List.of(), Map.of(), role, leader,
                term, up, detail);
    }

    /** A network-wide fault such as a partition, which no node's beliefs record. */
    public static Step networkFault(long index, long time, String action, String detail) {
        return fault(index, time, 0, action, 0, null, Role.IDLE, Cluster.NONE, 0, false, detail);
    }

    /** The crash of {@code node}, which forgets its role, leader and term and is down after it. */
    public static Step crash(long index, long time, int node, String detail) {
        return fault(index, time, node, "Crash", 0, null, Role.IDLE, Cluster.NONE, 0, false, detail);
    }

    /** This step as the node's latest outcome after a later event: its sends delivered, up or down as given. */
    public Step settled(boolean nowUp) {
        return new Step(index, time, kind, node, action, from, message, timer, List.of(), vars, role, leader, term,
                nowUp, detail);
    }

    public boolean isFault() {
        return kind == Kind.FAULT;
    }

    /** True when this step is a node-level event that changes its status or beliefs by force. */
    public boolean touchesNode() {
        return node != 0;
    }
}
