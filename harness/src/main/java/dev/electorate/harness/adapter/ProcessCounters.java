package dev.electorate.harness.adapter;

import java.util.concurrent.atomic.LongAdder;

/**
 * Where the time of external node processes goes, counted since the last {@link #reset}: events
 * played, round trips (a line written whose answer the harness then waits for), and the time spent
 * in reactions split into waiting for the node's lines and the harness's own work (encoding,
 * decoding, writes and flushes). {@code bench --node-cmd} reports them per run.
 */
public final class ProcessCounters {

    private static final LongAdder EVENTS = new LongAdder();
    private static final LongAdder ROUND_TRIPS = new LongAdder();
    private static final LongAdder LINES_READ = new LongAdder();
    private static final LongAdder REACTION_NANOS = new LongAdder();
    private static final LongAdder WAIT_NANOS = new LongAdder();

    private ProcessCounters() {}

    /**
     * What the counters hold at one moment, with every process started in this JVM so far and the CPU
     * time the node processes alive at that moment have used.
     */
    public record Snapshot(long events, long roundTrips, long linesRead, long reactionNanos, long waitNanos,
                           long processesStarted, long liveNodeCpuNanos) {

        /** Nanoseconds of the reactions the harness spent on its own work rather than waiting for the node. */
        public long harnessNanos() {
            return reactionNanos - waitNanos;
        }
    }

    /** The counts and times since the last {@link #reset}, and every process started in this JVM. */
    public static Snapshot snapshot() {
        return new Snapshot(EVENTS.sum(), ROUND_TRIPS.sum(), LINES_READ.sum(), REACTION_NANOS.sum(), WAIT_NANOS.sum(),
                NodeProcess.started(), NodeProcess.liveCpuNanos());
    }

    /** Starts counting afresh. */
    public static void reset() {
        EVENTS.reset();
        ROUND_TRIPS.reset();
        LINES_READ.reset();
        REACTION_NANOS.reset();
        WAIT_NANOS.reset();
    }

    static void event(long reactionNanos) {
        EVENTS.increment();
        REACTION_NANOS.add(reactionNanos);
    }

    static void roundTrip() {
        ROUND_TRIPS.increment();
    }

    static void read(long waitNanos) {
        LINES_READ.increment();
        WAIT_NANOS.add(waitNanos);
    }
}
