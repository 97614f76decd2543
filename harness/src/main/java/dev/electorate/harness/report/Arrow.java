package dev.electorate.harness.report;

/**
 * A message drawn from its sending step to the step that received or lost it.
 *
 * @param from     sender
 * @param to       addressee
 * @param sentAt   tick of the sending step
 * @param endAt    tick of the receiving or losing step, or the run's horizon if it was still in flight
 * @param fate     {@code received}, {@code lost} or {@code in-flight}
 * @param label    the message in words, shown on hover
 */
public record Arrow(int from, int to, long sentAt, long endAt, String fate, String label) {

    /** Whether the arrow is visible in ticks {@code [start, end)}. */
    public boolean overlaps(long start, long end) {
        return sentAt < end && endAt >= start;
    }
}
