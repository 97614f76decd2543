package dev.electorate.spec;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes a process's current {@link Leadership} from the thread that follows the election (an
 * adapter watching a client's campaign) to the application threads that must act only while they lead,
 * for example by reading {@link #current()} before each write and sending its fencing token along.
 *
 * <p>Readers always see a whole triple that was published, never a leader from one publication with the
 * term or token of another, and never go backwards: a publication that does not
 * {@linkplain Leadership#supersedes supersede} the current one is ignored.
 */
public final class LeadershipBoard {

    // One reference to an immutable record: a reader gets all three fields of one publication or none.
    private final AtomicReference<Leadership> current = new AtomicReference<>(Leadership.NONE);

    /** Publishes {@code next} if it supersedes the current belief; returns whether it did. */
    public boolean publish(Leadership next) {
        Objects.requireNonNull(next, "next");
        while (true) {
            Leadership now = current.get();
            if (!next.supersedes(now)) {
                return false;
            }
            // A compare-and-set, not a plain set: two publishers racing must not let the older one win.
            if (current.compareAndSet(now, next)) {
                return true;
            }
        }
    }

    /** The belief most recently published, {@link Leadership#NONE} before the first. */
    public Leadership current() {
        return current.get();
    }
}
