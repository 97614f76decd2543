package dev.electorate.lin;

import dev.electorate.history.EdnHistory;
import dev.electorate.history.Op;

/**
 * One operation of a history as the checker sees it: an invocation paired with its completion. An
 * operation whose completion is {@code info}, or that never completed, is indeterminate: it may take
 * effect at any point after its invocation, or never, and its result is unknown.
 *
 * @param id            position among the operations of its (sub-)history, in invocation order
 * @param process       the client process
 * @param f             the operation's name
 * @param input         the invocation's value (a write's value, a cas's {@code [old new]}, a release's token)
 * @param output        the {@code ok} completion's value (a read's result, an acquire's token); {@code null} when not completed
 * @param completed     whether it completed with {@code ok}; false for indeterminate operations
 * @param invoke        the invocation entry
 * @param completion    the completion entry, or {@code null} when the history ends with it pending
 * @param invokePos     the invocation's position in the history's entry list
 * @param completionPos the completion's position in the entry list, or -1 when pending
 */
public record Operation(int id, long process, String f, Object input, Object output, boolean completed,
                        Op invoke, Op completion, int invokePos, int completionPos) {

    /** The same operation with other values and id, for a sub-history (a key's values unwrapped). */
    public Operation with(int newId, Object newInput, Object newOutput) {
        return new Operation(newId, process, f, newInput, newOutput, completed, invoke, completion, invokePos, completionPos);
    }

    /** Whether its outcome is unknown ({@code info}, or still pending at the end). */
    public boolean indeterminate() {
        return !completed;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("process ").append(process).append(' ').append(f);
        if (input != null) {
            b.append(' ').append(EdnHistory.write(input));
        }
        if (completed) {
            b.append(" -> ").append(EdnHistory.write(output));
        } else {
            b.append(completion == null ? " (pending at the end)" : " -> info");
        }
        b.append(" (entries ").append(invoke.index()).append("..");
        b.append(completion == null ? "end" : String.valueOf(completion.index())).append(')');
        return b.toString();
    }
}
