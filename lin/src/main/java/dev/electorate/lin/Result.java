package dev.electorate.lin;

/**
 * The outcome of checking one history.
 *
 * @param verdict     linearizable, not, or unknown (timeout)
 * @param explanation where it fails, for {@link HistoryVerdict#NOT_LINEARIZABLE}; otherwise {@code null}
 * @param operations  the operations checked (fails left out)
 * @param partitions  the independent sub-histories checked (keys; 1 when not keyed)
 */
public record Result(HistoryVerdict verdict, Explanation explanation, int operations, int partitions) {
    /** Whether the history is linearizable. */
    public boolean linearizable() {
        return verdict == HistoryVerdict.LINEARIZABLE;
    }
}
