package dev.electorate.history;

import java.util.ArrayList;
import java.util.List;

/** The entries a history reader has taken so far, with their lines and the indices the file gave them. */
final class Entries {
    private final List<Op> ops = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<Long> givenIndices = new ArrayList<>();
    private int excluded;

    /** Counts an entry left out because its process is not a client. */
    void exclude() {
        excluded++;
    }

    /** Takes the entry on {@code line}; {@code index} and {@code time} count only when they are integers. */
    void add(int line, Object index, Object time, long process, OpType type, String f, Object value, String error) {
        givenIndices.add(index instanceof Long l ? l : null);
        ops.add(new Op(ops.size(), time instanceof Long t ? t : -1, process, type, f, value, error));
        lines.add(line);
    }

    /** The validated history of the entries taken. */
    History history(String source) {
        return History.of(source, keepGivenIndices(), lines.stream().mapToInt(Integer::intValue).toArray(), excluded);
    }

    // Jepsen's :index numbers all entries, nemesis ones included: keep it when every entry has one in
    // increasing order, so explanations point at the numbers the user sees in the file.
    private List<Op> keepGivenIndices() {
        long previous = Long.MIN_VALUE;
        for (Long g : givenIndices) {
            if (g == null || g <= previous) {
                return ops;
            }
            previous = g;
        }
        List<Op> renumbered = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            Op o = ops.get(i);
            renumbered.add(new Op(givenIndices.get(i), o.time(), o.process(), o.type(), o.f(), o.value(), o.error()));
        }
        return renumbered;
    }
}
