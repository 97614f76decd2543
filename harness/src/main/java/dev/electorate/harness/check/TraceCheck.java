package dev.electorate.harness.check;

import java.util.List;
import java.util.Map;

/**
 * How many of a cell's traces TLC accepted as behaviours of the algorithm's TLA+ specification,
 * how many of those broke one of its invariants, and which of its actions they exercised.
 *
 * @param traces         traces validated (the cell's first runs)
 * @param accepted       traces TLC accepted as behaviours of the specification
 * @param seconds        wall-clock time of the validation
 * @param firstRejection the first rejected trace's seed and where it left the spec, or null
 * @param broken         accepted traces in which a state breaks one of the spec's invariants
 * @param firstBroken    the first such trace's seed, invariant and step, or null
 * @param actions        matched steps per step name the trace module maps, 0 for those never exercised
 */
public record TraceCheck(int traces, int accepted, double seconds, String firstRejection, int broken,
                         String firstBroken, Map<String, Integer> actions) {

    public TraceCheck {
        actions = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(actions));
    }

    /** "200/200" for the matrix. */
    public String summary() {
        return accepted + "/" + traces;
    }

    /** The mapped step names no validated step took. */
    public List<String> unexercised() {
        return actions.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }
}
