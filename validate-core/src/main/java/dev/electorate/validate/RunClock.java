package dev.electorate.validate;

/** The driver's clock for one run: nanoseconds since the run began, never going backwards. */
public final class RunClock {
    private final long origin = System.nanoTime();

    /** Nanoseconds since this clock was made. */
    public long now() {
        return System.nanoTime() - origin;
    }
}
