package dev.electorate.validate;

import java.util.ArrayList;
import java.util.List;

/** The events of one run in the order the driver saw them; threads of clients, resource and faults share it. */
public final class EventLog {
    private final RunClock clock;
    private final List<Event> events = new ArrayList<>();

    /** A log stamping each event with {@code clock}. */
    public EventLog(RunClock clock) {
        this.clock = clock;
    }

    // Stamping inside the lock keeps the list in time order.
    /** Records an event now and returns it. */
    public synchronized Event record(int client, Event.Kind kind, long token, String detail) {
        Event e = new Event(clock.now(), client, kind, token, detail);
        events.add(e);
        notifyAll();
        return e;
    }

    /** A copy of the events so far, in time order. */
    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** Waits up to {@code millis} for an event matching {@code kind} after index {@code from}; returns it or null. */
    public synchronized Event await(int from, Event.Kind kind, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            for (int i = from; i < events.size(); i++) {
                if (events.get(i).kind() == kind) {
                    return events.get(i);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, left / 1_000_000L));
        }
    }

    /** How many events there are so far. */
    public synchronized int size() {
        return events.size();
    }
}
