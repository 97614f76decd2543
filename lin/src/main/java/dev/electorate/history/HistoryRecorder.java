package dev.electorate.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Records the operations of concurrent client threads into one history whose indices follow the
 * order of recording, so a history read at any moment is a prefix of the final one.
 */
public final class HistoryRecorder {
    private final LongSupplier clock;
    private final List<Op> ops = new ArrayList<>();

    /** A recorder stamping each entry with {@code clock}'s reading taken inside the recording lock. */
    public HistoryRecorder(LongSupplier clock) {
        this.clock = clock;
    }

    /** Records that {@code process} starts {@code f(value)}. */
    public Op invoke(long process, String f, Object value) {
        return append(process, OpType.INVOKE, f, value, null);
    }

    /** Records that {@code process}'s pending {@code f} took effect with result {@code value}. */
    public Op ok(long process, String f, Object value) {
        return append(process, OpType.OK, f, value, null);
    }

    /** Records that {@code process}'s pending {@code f} did not take effect. */
    public Op fail(long process, String f, Object value, String error) {
        return append(process, OpType.FAIL, f, value, error);
    }

    /** Records that {@code process}'s pending {@code f} has an unknown outcome. */
    public Op info(long process, String f, Object value, String error) {
        return append(process, OpType.INFO, f, value, error);
    }

    /** A copy of the history so far, in index order. */
    public synchronized List<Op> history() {
        return List.copyOf(ops);
    }

    // One lock for index, time and append: otherwise two threads could take indices in one order
    // and append in the other, or stamp times that go backwards along the indices.
    private synchronized Op append(long process, OpType type, String f, Object value, String error) {
        Op op = new Op(ops.size(), clock.getAsLong(), process, type, f, value, error);
        ops.add(op);
        return op;
    }
}
