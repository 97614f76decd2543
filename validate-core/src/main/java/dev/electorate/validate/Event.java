package dev.electorate.validate;

/**
 * One thing that happened in a validation run, stamped with the driver's clock (nanoseconds since the
 * run began), so events from client processes, the fenced resource and the fault injector share one time.
 *
 * @param nanos  when the driver saw it, nanoseconds since the run began
 * @param client the client it concerns, or -1 for a fault on a server
 * @param kind   what happened
 * @param token  the fencing token it concerns, or 0
 * @param detail free text: the fault, the reason a belief ended
 */
public record Event(long nanos, int client, Kind kind, long token, String detail) {

    /** The kinds of event a run records. */
    public enum Kind {
        /** The client starts (or restarts) campaigning for leadership. */
        CAMPAIGN,
        /** The client believes it leads, with this token. */
        LEAD,
        /** The client no longer believes it leads. */
        LOST,
        /** The fenced resource accepted a write with this token. */
        WRITE_OK,
        /** The fenced resource rejected a write with this token: a higher one was seen before. */
        WRITE_STALE,
        /** A fault begins. */
        FAULT,
        /** A fault ends (server restarted, client resumed, link healed). */
        HEAL
    }

    /** Milliseconds since the run began. */
    public double millis() {
        return nanos / 1e6;
    }

    @Override
    public String toString() {
        String who = client < 0 ? "  " : "c" + client;
        String tok = token > 0 ? " token " + token : "";
        return String.format(java.util.Locale.ROOT, "%9.1f ms  %-3s %-11s%s%s", millis(), who, kind, tok, detail == null || detail.isEmpty() ? "" : "  " + detail);
    }
}
