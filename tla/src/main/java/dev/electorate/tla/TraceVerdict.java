package dev.electorate.tla;

import dev.electorate.spec.Step;
import java.util.Map;

/**
 * Whether TLC found a behaviour of the specification that takes the same steps as one Java
 * trace; when it did not, the last step that still matched and the first one no action could take;
 * whether a state of the matched behaviour breaks one of the spec's safety invariants; and which
 * spec actions the matched steps took.
 *
 * @param trace          position of the trace in the list handed to the validator
 * @param accepted       every validated step matched a spec action with the recorded values
 * @param matched        how many validated steps matched (a prefix)
 * @param validated      how many of the trace's steps were validated (recorded actions and faults)
 * @param lastMatched    the last step that matched, or null if none did
 * @param firstUnmatched the first step no spec action could take, or null when accepted
 * @param error          why TLC could not decide (spec error, timeout), or null
 * @param invariant      the first of the spec's invariants broken by a state of the matched prefix, or null
 * @param breaking       the step after which that invariant is broken (null: in the initial state or none)
 * @param actions        how many matched steps each spec action (or fault) took, by name, sorted by name
 */
public record TraceVerdict(int trace, boolean accepted, int matched, int validated,
                           Step lastMatched, Step firstUnmatched, String error,
                           String invariant, Step breaking, Map<String, Integer> actions) {

    public TraceVerdict {
        actions = Map.copyOf(new java.util.TreeMap<>(actions));
    }

    /** The trace is a behaviour of the spec and no state of it breaks an invariant. */
    public boolean holds() {
        return accepted && invariant == null;
    }

    /** One line for a terminal: "accepted (118 steps)" or where it went wrong. */
    public String describe() {
        if (error != null) {
            return "undecided: " + error;
        }
        String broken = invariant == null ? ""
                : "invariant " + invariant + " violated after " + show(breaking) + (accepted ? "" : "; ");
        if (accepted) {
            return invariant == null ? "accepted (" + validated + " steps)"
                    : "matched (" + validated + " steps) but " + broken;
        }
        return broken + "rejected after " + matched + " of " + validated + " steps: last matched "
                + show(lastMatched) + "; first unmatched " + show(firstUnmatched);
    }

    static String show(Step s) {
        if (s == null) {
            return "none (the initial state)";
        }
        StringBuilder b = new StringBuilder("step ").append(s.index()).append(" t=").append(s.time())
                .append(" node ").append(s.node()).append(' ').append(s.action());
        if (s.message() != null) {
            b.append('(').append(s.message().type()).append(" from ").append(s.from()).append(')');
        }
        if (!s.vars().isEmpty()) {
            b.append(" -> ").append(s.vars());
        }
        return b.toString();
    }
}
