package dev.electorate.tla;

import dev.electorate.spec.Step;

/**
 * Whether TLC found a behaviour of the specification that takes the same steps as one Java
 * trace; when it did not, the last step that still matched and the first one no action could take.
 *
 * @param trace          position of the trace in the list handed to the validator
 * @param accepted       every validated step matched a spec action with the recorded values
 * @param matched        how many validated steps matched (a prefix)
 * @param validated      how many of the trace's steps were validated (recorded actions and faults)
 * @param lastMatched    the last step that matched, or null if none did
 * @param firstUnmatched the first step no spec action could take, or null when accepted
 * @param error          why TLC could not decide (spec error, timeout), or null
 */
public record TraceVerdict(int trace, boolean accepted, int matched, int validated,
                           Step lastMatched, Step firstUnmatched, String error) {

    /** One line for a terminal: "accepted (118 steps)" or where it went wrong. */
    public String describe() {
        if (error != null) {
            return "undecided: " + error;
        }
        if (accepted) {
            return "accepted (" + validated + " steps)";
        }
        return "rejected after " + matched + " of " + validated + " steps: last matched "
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
