package dev.electorate.lin;

import dev.electorate.history.EdnHistory;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a history is not linearizable: the shortest prefix that is not, which ends with the completion of
 * {@code failing}; every shorter prefix is linearizable. {@code statesBefore} are model states the
 * search reached with every operation completed earlier linearized and {@code failing} still not
 * placeable; {@code concurrent} are the operations whose intervals overlap {@code failing}'s.
 *
 * @param key            the key of the failing sub-history of a keyed history, or {@code null}
 * @param failing        the operation whose completion no linearization can accommodate
 * @param failingLine    the line of that completion in its file, or 0
 * @param statesBefore   up to a few model states, in words
 * @param moreStates     whether there may be further such states than {@code statesBefore} lists
 * @param concurrent     operations overlapping {@code failing} (at most {@link #LISTED})
 * @param moreConcurrent how many more overlap it than are listed
 * @param shortest       false when time ran out before the shortest bad prefix was found (this one is bad, a shorter one may be too)
 */
public record Explanation(Object key, Operation failing, int failingLine, List<String> statesBefore, boolean moreStates,
                          List<Operation> concurrent, int moreConcurrent, boolean shortest) {

    /** How many concurrent operations an explanation lists at most. */
    public static final int LISTED = 12;

    /** The explanation as indented lines for the console. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        String of = key == null ? "" : " of key " + EdnHistory.write(key);
        out.add("  the " + (shortest ? "shortest" : "shortest found (time ran out)") + " prefix of the history" + of + " that is not linearizable ends at entry "
                + failing.completion().index() + (failingLine > 0 ? " (line " + failingLine + ")" : "")
                + ", the completion of:");
        out.add("    " + failing);
        out.add("  model states possible just before it: " + (statesBefore.isEmpty() ? "(too many to list)"
                : String.join("; ", statesBefore) + (moreStates ? "; perhaps more" : "")));
        if (!concurrent.isEmpty()) {
            out.add("  operations concurrent with it:");
            for (Operation op : concurrent) {
                out.add("    " + op);
            }
            if (moreConcurrent > 0) {
                out.add("    ... and " + moreConcurrent + " more");
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
