package dev.electorate.harness.report;

/**
 * A stretch of time drawn as a band: a node's role, its down time or pause, or a network-wide fault.
 *
 * @param node  the node's lane, or 0 for a network-wide band
 * @param from  first tick
 * @param to    tick at which it ends (exclusive)
 * @param kind  what the band shows, used as its CSS class: a role name in lower case, {@code down},
 *              {@code paused}, {@code skew}, {@code partition}, {@code loss}, {@code duplicate},
 *              {@code reorder}
 * @param label the band in words, shown on hover
 */
public record Band(int node, long from, long to, String kind, String label) {

    /** Whether the band overlaps ticks {@code [start, end)}. */
    public boolean overlaps(long start, long end) {
        return from < end && to > start;
    }
}
