package dev.electorate.harness.exhaustive;

import java.util.List;

/**
 * One event chosen on an exhaustive path, as a replay file lists it: a node starts, a message is
 * delivered, lost or duplicated, a timer fires (early: while messages are still in flight), a
 * node crashes or restarts.
 *
 * @param kind    start, deliver, lose, duplicate, timeout, early-timeout, crash or restart
 * @param node    the node that acts or is hit (the receiver of a message)
 * @param from    the sender of the message, 0 otherwise
 * @param message the message as it prints ({@code Election[epoch=1]}), or null
 * @param timer   the timer that fires, or null
 * @param draws   the values the node's {@code random} calls returned in this step, in order
 */
public record Move(String kind, int node, int from, String message, String timer, List<Integer> draws) {

    public Move {
        draws = draws == null ? List.of() : List.copyOf(draws);
    }

    /** The move in words, for the console. */
    public String describe() {
        String what = switch (kind) {
            case "deliver", "lose", "duplicate" -> kind + " " + message + " " + from + "->" + node;
            case "timeout", "early-timeout" -> kind + " " + timer + " at " + node;
            default -> kind + " " + node;
        };
        return draws.isEmpty() ? what : what + " drawing " + draws;
    }
}
