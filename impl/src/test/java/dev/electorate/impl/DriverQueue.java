package dev.electorate.impl;

import dev.electorate.spec.Message;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The algorithm tests' drivers' due events, ordered by (tick, sequence), with the timers they arm:
 * a timer's firing counts only if it was not re-armed or cancelled since and its node has not
 * crashed since.
 */
public final class DriverQueue {

    /** Something due at a tick: a delivery, a timer's firing or a scripted fault (crash or restart). */
    public record Event(long time, long seq, int node, int from, Message message, String timer, long generation,
                        long incarnation, Runnable fault) {}

    private final PriorityQueue<Event> queue = new PriorityQueue<>((a, b) ->
            a.time != b.time ? Long.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
    private final Map<String, Long> armed = new HashMap<>();
    private long seq;
    private long generation;

    /** Queues {@code message} from {@code from} to arrive at {@code to} at tick {@code at}. */
    public void delivery(long at, int to, int from, Message message) {
        add(at, to, from, message, null, 0, 0, null);
    }

    /** Queues a scripted fault that {@code fault} carries out on {@code node} at tick {@code at}. */
    public void fault(long at, int node, Runnable fault) {
        add(at, node, 0, null, null, 0, 0, fault);
    }

    /** Arms {@code node}'s {@code timer} to fire at tick {@code at}, replacing any earlier arming. */
    public void setTimer(long at, int node, String timer, long incarnation) {
        long g = ++generation;
        armed.put(node + "/" + timer, g);
        add(at, node, 0, null, timer, g, incarnation, null);
    }

    /** Disarms {@code node}'s {@code timer}. */
    public void cancelTimer(int node, String timer) {
        armed.remove(node + "/" + timer);
    }

    /**
     * Whether the timer event {@code e} still fires for its node, now in incarnation
     * {@code incarnation}; if it does, the timer is disarmed.
     */
    public boolean fires(Event e, long incarnation) {
        Long current = armed.get(e.node() + "/" + e.timer());
        if (e.incarnation() != incarnation || current == null || current != e.generation()) {
            return false;
        }
        armed.remove(e.node() + "/" + e.timer());
        return true;
    }

    /** The next event due at or before {@code until}, taken off the queue, or null when none is. */
    public Event next(long until) {
        return !queue.isEmpty() && queue.peek().time <= until ? queue.poll() : null;
    }

    private void add(long time, int node, int from, Message message, String timer, long gen, long inc,
                     Runnable fault) {
        queue.add(new Event(time, seq++, node, from, message, timer, gen, inc, fault));
    }
}
