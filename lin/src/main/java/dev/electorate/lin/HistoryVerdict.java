package dev.electorate.lin;

/** The checker's answer for one history. */
public enum HistoryVerdict {
    /** Some order of the operations respects real time and the model. */
    LINEARIZABLE,
    /** No such order exists; an {@link Explanation} says where. */
    NOT_LINEARIZABLE,
    /** The search ran out of time. */
    UNKNOWN;

    /** The word the CLI prints: {@code linearizable}, {@code not-linearizable}, {@code unknown}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
