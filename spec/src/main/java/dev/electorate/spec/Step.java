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

    public boolean isFault() {
        return kind == Kind.FAULT;
    }

    /** True when this step is a node-level event that changes its status or beliefs by force. */
    public boolean touchesNode() {
        return node != 0;
    }
}
