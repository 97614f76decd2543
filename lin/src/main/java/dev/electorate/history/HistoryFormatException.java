package dev.electorate.history;

/**
 * A history that cannot be read or does not follow Jepsen's rules; the message names the input, the
 * line (when known) and what was expected there.
 */
public final class HistoryFormatException extends RuntimeException {
    private final String source;
    private final int line;

    /** An error in {@code source} at {@code line} (1-based; 0 when the line is unknown). */
    public HistoryFormatException(String source, int line, String problem) {
        super(source + (line > 0 ? " line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The file name or other label of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }
}
