package dev.electorate.history;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A broken twin of {@link HistoryRecorder} for the concurrency tests: each step is thread-safe on its
 * own (an atomic index, a concurrent queue) but index, clock reading and append are not taken together,
 * so two clients can append in the other order than their indices, with times going backwards.
 */
final class UnorderedHistoryRecorder {
    private final LongSupplier clock;
    private final AtomicLong next = new AtomicLong();
    private final Queue<Op> ops = new ConcurrentLinkedQueue<>();

    UnorderedHistoryRecorder(LongSupplier clock) {
        this.clock = clock;
    }

    Op append(long process, OpType type, String f, Object value) {
        long index = next.getAndIncrement();
        // A client descheduled here appends after a later index; the yield makes it likely for stress.
        Thread.yield();
        Op op = new Op(index, clock.getAsLong(), process, type, f, value, null);
        ops.add(op);
        return op;
    }

    List<Op> history() {
        return List.copyOf(ops);
    }
}
