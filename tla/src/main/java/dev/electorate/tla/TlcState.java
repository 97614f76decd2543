package dev.electorate.tla;

import java.util.Map;

/**
 * One state of a TLC counterexample: its number in the behaviour, the action that led to it
 * ("Initial predicate" for the first) and each variable's value as TLC printed it.
 */
public record TlcState(int number, String action, Map<String, String> vars) {

    public TlcState {
        vars = Map.copyOf(vars);
    }
}
