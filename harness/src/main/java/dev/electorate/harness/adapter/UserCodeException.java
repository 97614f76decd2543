package dev.electorate.harness.adapter;

/**
 * A user's node class failed (threw, overflowed its stack, exhausted the heap, answered nonsense,
 * ran past its time or tried to end the JVM): bad input, with the class, node, event and tick named.
 */
public final class UserCodeException extends RuntimeException {

    // No (Throwable) nor () constructor: a fork-join pool then rethrows this very exception, message intact.
    public UserCodeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The same failure, with the simulated tick at which it happened added to its message. */
    public UserCodeException atTick(long tick) {
        UserCodeException e = new UserCodeException(getMessage() + ", at tick " + tick, getCause());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
