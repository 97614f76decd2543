package dev.electorate.harness.exhaustive;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param crashAfter for a reaction cut by a crash, how many of its effects (sends and writes of the durable
 *                state) took place before the node crashed; null for a whole reaction
 */
public record Move(String kind, int node, int from, String message, String timer, List<Integer> draws,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Integer crashAfter) {

    public Move {
        draws = draws == null ? List.of() : List.copyOf(draws);
    }

    /** A whole event: a reaction not cut, or a fault. */
    public Move(String kind, int node, int from, String message, String timer, List<Integer> draws) {
        this(kind, node, from, message, timer, draws, null);
    }

    /** The move in words, for the console. */
    public String describe() {
        String what = switch (kind) {
            case "deliver", "lose", "duplicate" -> kind + " " + message + " " + from + "->" + node;
            case "timeout", "early-timeout" -> kind + " " + timer + " at " + node;
            default -> kind + " " + node;
        };
        String drawn = draws.isEmpty() ? what : what + " drawing " + draws;
        return crashAfter == null ? drawn : drawn + ", crashing after " + crashAfter
                + (crashAfter == 1 ? " effect" : " effects");
    }
}
