package dev.electorate.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One client's belief that it leads, from the report that it leads with a token to the report that it
 * no longer does (or the end of the run), with the campaign that led to it and the writes the fenced
 * resource accepted under its token.
 *
 * @param client      the client
 * @param token       the fencing token it led with
 * @param campaign    when it started the campaign that won (nanos), or {@code from} when not reported
 * @param from        when it reported it leads
 * @param to          when it reported it no longer leads, or the end of the run
 * @param ended       whether it reported the end (false: it still believed at the end of the run)
 * @param firstWrite  first accepted write under this tenure's token, or -1
 * @param lastWrite   last accepted write under this tenure's token, or -1
 */
public record Tenure(int client, long token, long campaign, long from, long to, boolean ended, long firstWrite, long lastWrite) {

    /** The tenures of a run's events, in the order they began; {@code end} closes those still open. */
    public static List<Tenure> of(List<Event> events, long end) {
        List<long[]> open = new ArrayList<>(); // per tenure: client, token, campaign, from, to, ended
        Map<Integer, long[]> current = new HashMap<>();
        Map<Integer, Long> campaigns = new HashMap<>();
        for (Event e : events) {
            switch (e.kind()) {
                case CAMPAIGN -> campaigns.put(e.client(), e.nanos());
                case LEAD -> {
                    finish(current.remove(e.client()), e.nanos(), false);
                    long[] t = {e.client(), e.token(), campaigns.getOrDefault(e.client(), e.nanos()), e.nanos(), -1, 0};
                    current.put(e.client(), t);
                    open.add(t);
                }
                case LOST -> finish(current.remove(e.client()), e.nanos(), true);
                default -> { }
            }
        }
        for (long[] t : current.values()) {
            finish(t, end, false);
        }
        List<Tenure> out = new ArrayList<>(open.size());
        for (long[] t : open) {
            // Writes are matched by client and token, not time: a write in flight when the belief ended still counts.
            long first = -1;
            long last = -1;
            for (Event e : events) {
                if (e.kind() == Event.Kind.WRITE_OK && e.client() == t[0] && e.token() == t[1]) {
                    first = first < 0 ? e.nanos() : first;
                    last = e.nanos();
                }
            }
            out.add(new Tenure((int) t[0], t[1], t[2], t[3], t[4], t[5] == 1, first, last));
        }
        return out;
    }

    private static void finish(long[] t, long at, boolean ended) {
        if (t != null) {
            t[4] = at;
            t[5] = ended ? 1 : 0;
        }
    }

    /** Whether this belief and {@code other}'s were held at the same time by different clients. */
    public boolean overlaps(Tenure other) {
        return client != other.client && from < other.to && other.from < to;
    }
}
