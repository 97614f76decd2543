package dev.electorate.impl.raft;

/**
 * The end of a node's (fixed) log: the term and index of its last entry, (0, 0) for an empty log.
 * The election compares only these two numbers (the "at least as up-to-date" rule).
 */
public record LogTip(long lastLogTerm, long lastLogIndex) {

    public static final LogTip EMPTY = new LogTip(0, 0);

    public LogTip {
        if (lastLogTerm < 0 || lastLogIndex < 0 || (lastLogIndex == 0) != (lastLogTerm == 0)) {
            throw new IllegalArgumentException("a log tip is (0, 0) or two positive numbers, got ("
                    + lastLogTerm + ", " + lastLogIndex + ")");
        }
    }

    /** Raft's vote rule: a log whose last entry has a higher term, or the same term and an index at least as high. */
    public boolean atLeastAsUpToDateAs(LogTip other) {
        return lastLogTerm > other.lastLogTerm
                || (lastLogTerm == other.lastLogTerm && lastLogIndex >= other.lastLogIndex);
    }
}
