package dev.electorate.validate;

import java.util.List;

/**
 * A run as text for a reader: who believed what when, the faults, the writes the resource turned away,
 * a strip of beliefs per client, and every belief overlap. Accepted writes are many: only the first of
 * each tenure is listed.
 */
public final class Timeline {
    private Timeline() {}

    /** Renders {@code events} of a run with {@code clients} clients that ended at {@code end} nanos. */
    public static String render(List<Event> events, List<Tenure> tenures, List<FencingChecks.Overlap> overlaps, int clients, long end) {
        StringBuilder b = new StringBuilder();
        b.append("events (driver clock; accepted writes: the first of each tenure only)\n");
        java.util.Set<String> firstWrites = new java.util.HashSet<>();
        for (Event e : events) {
            if (e.kind() == Event.Kind.WRITE_OK && !firstWrites.add(e.client() + "/" + e.token())) {
                continue;
            }
            b.append("  ").append(e).append('\n');
        }
        b.append("\nbeliefs, one column per 100 ms (L: believes it leads; !: while another client believes it too)\n");
        int columns = (int) Math.min(2000, end / 100_000_000L + 1);
        char[][] rows = new char[clients][columns];
        for (char[] r : rows) {
            java.util.Arrays.fill(r, '.');
        }
        for (Tenure t : tenures) {
            for (int c = (int) (t.from() / 100_000_000L); c <= Math.min(columns - 1, t.to() / 100_000_000L); c++) {
                if (t.client() < clients) {
                    rows[t.client()][c] = 'L';
                }
            }
        }
        for (FencingChecks.Overlap o : overlaps) {
            for (int c = (int) (o.from() / 100_000_000L); c <= Math.min(columns - 1, o.to() / 100_000_000L); c++) {
                for (Tenure t : List.of(o.first(), o.second())) {
                    if (t.client() < clients) {
                        rows[t.client()][c] = '!';
                    }
                }
            }
        }
        for (int i = 0; i < clients; i++) {
            b.append(String.format(java.util.Locale.ROOT, "  c%-3d %s%n", i, new String(rows[i])));
        }
        b.append(overlaps.isEmpty() ? "\nno belief overlap\n" : "\nbelief overlaps\n");
        for (FencingChecks.Overlap o : overlaps) {
            b.append("  ").append(o).append('\n');
        }
        return b.toString();
    }
}
