package dev.electorate.harness.compare;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The comparison as plain tables for the console: one per (measure, scenario), rows n, columns algorithms. */
public final class ConsoleTables {
    private ConsoleTables() {}

    /** Prints the tables, then every note on an empty or partial cell, numbered as the tables mark them. */
    public static void print(Comparison.Result r, PrintWriter w) {
        Map<String, Integer> notes = new LinkedHashMap<>();
        for (Scenario s : Scenario.values()) {
            table(r, s, "Messages per election, " + s.words() + " (the textbook's count: median, mean in brackets)", w, notes,
                    c -> c.counted().median() + String.format(Locale.ROOT, " (%.1f)", c.countedMean()));
            table(r, s, "All messages per election, " + s.words() + " (median)", w, notes, c -> String.valueOf(c.messages().median()));
            table(r, s, "Ticks to elect, " + s.words() + " (median / p99)", w, notes, c -> c.ticks().toString());
        }
        w.println("Counted messages: " + String.join("; ", r.theories().stream()
                .map(t -> t.algorithm() + " " + t.countedWords()).toList()));
        if (!notes.isEmpty()) {
            w.println("Notes on empty or partial cells:");
            notes.forEach((text, number) -> w.println("  [" + number + "] " + text));
        }
    }

    private static void table(Comparison.Result r, Scenario s, String title, PrintWriter w, Map<String, Integer> notes,
                              Function<Cell, String> figure) {
        List<String> algorithms = r.plan().algorithms().stream().map(a -> a.name()).toList();
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[algorithms.size() + 1];
        head[0] = "n";
        for (int i = 0; i < algorithms.size(); i++) {
            head[i + 1] = algorithms.get(i);
        }
        rows.add(head);
        for (int n : r.sizes()) {
            String[] row = new String[algorithms.size() + 1];
            row[0] = String.valueOf(n);
            for (int i = 0; i < algorithms.size(); i++) {
                Cell c = r.cell(algorithms.get(i), n, s);
                String note = c.note();
                // A scenario outside the assumptions empties the whole column: one note for it, not one per n.
                String key = c.empty() != null ? algorithms.get(i) + ", " + s.words() + ": " + note
                        : algorithms.get(i) + " n=" + n + " " + s.words() + ": " + note;
                String mark = note.isEmpty() ? "" : " [" + notes.computeIfAbsent(key, k -> notes.size() + 1) + "]";
                row[i + 1] = (c.hasData() ? figure.apply(c) : "-") + mark;
            }
            rows.add(row);
        }
        int[] widths = new int[head.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        w.println(title);
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                b.append(i == 0 ? String.format("%" + widths[i] + "s", row[i]) : "  " + String.format("%-" + widths[i] + "s", row[i]));
            }
            w.println(b.toString().stripTrailing());
        }
        w.println();
    }
}
