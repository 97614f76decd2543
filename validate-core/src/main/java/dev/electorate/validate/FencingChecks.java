package dev.electorate.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The safety a fenced election must keep whatever the faults: the fenced resource never accepts two
 * tenures that interleave (no token accepted after a higher one, no token accepted from two clients),
 * and each new leader's token is greater than every earlier leader's. Each violation is a sentence
 * naming the events, their clients and their times.
 */
public final class FencingChecks {
    private FencingChecks() {}

    /** Violations of "no overlapping tenure under fencing" in the resource's accepted writes. */
    public static List<String> overlappingTenures(List<Event> events) {
        List<String> out = new ArrayList<>();
        Map<Long, Event> ownerOf = new HashMap<>();
        Event highest = null;
        for (Event e : events) {
            if (e.kind() != Event.Kind.WRITE_OK) {
                continue;
            }
            Event owner = ownerOf.putIfAbsent(e.token(), e);
            if (owner != null && owner.client() != e.client()) {
                out.add(String.format(java.util.Locale.ROOT, "token %d accepted from c%d at %.1f ms and from c%d at %.1f ms: two tenures share a token",
                        e.token(), owner.client(), owner.millis(), e.client(), e.millis()));
            }
            if (highest != null && e.token() < highest.token()) {
                out.add(String.format(java.util.Locale.ROOT, "c%d's write with token %d accepted at %.1f ms after c%d's with token %d at %.1f ms: the tenures interleave",
                        e.client(), e.token(), e.millis(), highest.client(), highest.token(), highest.millis()));
            }
            if (highest == null || e.token() >= highest.token()) {
                highest = e;
            }
        }
        return out;
    }

    /**
     * Violations of "each new leader's token is greater than every earlier one": a client may lead again
     * with the token it held last (the same tenure resumed), never with a lower one or another's.
     */
    public static List<String> tokensIncrease(List<Event> events) {
        List<String> out = new ArrayList<>();
        Event max = null;
        for (Event e : events) {
            if (e.kind() != Event.Kind.LEAD) {
                continue;
            }
            if (e.token() <= 0) {
                out.add(String.format(java.util.Locale.ROOT, "c%d leads at %.1f ms without a token (%d)", e.client(), e.millis(), e.token()));
                continue;
            }
            boolean resumed = max != null && e.token() == max.token() && e.client() == max.client();
            if (max != null && e.token() <= max.token() && !resumed) {
                out.add(String.format(java.util.Locale.ROOT, "c%d leads with token %d at %.1f ms, not above c%d's token %d from %.1f ms",
                        e.client(), e.token(), e.millis(), max.client(), max.token(), max.millis()));
            }
            if (max == null || e.token() > max.token()) {
                max = e;
            }
        }
        return out;
    }

    /** Pairs of tenures of different clients believed at the same time: reported, not a fencing violation. */
    public static List<Overlap> beliefOverlaps(List<Tenure> tenures) {
        List<Overlap> out = new ArrayList<>();
        for (int i = 0; i < tenures.size(); i++) {
            for (int j = i + 1; j < tenures.size(); j++) {
                Tenure a = tenures.get(i);
                Tenure b = tenures.get(j);
                if (a.overlaps(b)) {
                    out.add(new Overlap(a, b, Math.max(a.from(), b.from()), Math.min(a.to(), b.to())));
                }
            }
        }
        return out;
    }

    /** Two clients believing they lead at once, from {@code from} to {@code to} (nanos since the run began). */
    public record Overlap(Tenure first, Tenure second, long from, long to) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "c%d (token %d) and c%d (token %d) both believed they led from %.1f ms to %.1f ms (%.1f ms)",
                    first.client(), first.token(), second.client(), second.token(), from / 1e6, to / 1e6, (to - from) / 1e6);
        }
    }
}
