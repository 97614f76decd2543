package dev.electorate.history;

import java.util.Objects;

/**
 * One entry of a client history in Jepsen's shape: a process invokes an operation {@code f} with a
 * {@code value}, and later the same process completes it ({@code ok}, {@code fail}) or loses track of
 * it ({@code info}, indeterminate: it may have taken effect or not).
 *
 * <p>Values are plain data: {@code null}, {@link Long}, {@link String} (keywords without their colon)
 * or an immutable {@link java.util.List} of such values (a cas's {@code [old new]}).
 *
 * @param index  position in the history, 0-based, increasing in history order
 * @param time   when it happened, in the recorder's clock (simulator ticks or nanoseconds); -1 if unknown
 * @param process the client process; a process has at most one operation pending at a time
 * @param type   invoke, ok, fail or info
 * @param f      the operation's name, for example {@code acquire}, {@code read}, {@code cas}
 * @param value  the operation's argument on invoke, its result on ok
 * @param error  why it failed or is indeterminate, or {@code null}
 */
public record Op(long index, long time, long process, OpType type, String f, Object value, String error) {
    public Op {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(f, "f");
    }

    /** Whether this entry starts an operation. */
    public boolean isInvoke() {
        return type == OpType.INVOKE;
    }
}
