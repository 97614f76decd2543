package dev.electorate.harness.explore;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What each way of making a run gave a guided search: how many runs it made, how many reached a
 * feature no run had before, how many new abstract states of the reported coverage they added, and
 * how long a prefix of its parent's steps a mutated run kept. The figures that tell which mutations
 * earn their share of the runs.
 */
final class Ledger {

    /** Where a run of the guided search came from. */
    enum Source { FRESH, AIMED, NEW_FAULTS, ONE_CHOICE, CROSSED, EXTENDED, SPLICED }

    private static final class Row {
        int runs;
        int productive;
        long newCoverage;
        double keptOfParent;
        int children;
    }

    private final Map<Source, Row> rows = new EnumMap<>(Source.class);
    private int corpus;

    /** Notes one run from {@code source}; {@code kept} is the share of its parent's steps it repeated, or -1. */
    void note(Source source, boolean productive, int newCoverage, double kept) {
        Row r = rows.computeIfAbsent(source, s -> new Row());
        r.runs++;
        r.productive += productive ? 1 : 0;
        r.newCoverage += newCoverage;
        if (kept >= 0) {
            r.keptOfParent += kept;
            r.children++;
        }
    }

    /** Runs noted from {@code source}. */
    int runs(Source source) {
        Row r = rows.get(source);
        return r == null ? 0 : r.runs;
    }

    void corpus(int size) {
        corpus = size;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-11s %7s %11s %13s %13s%n", "source", "runs",
                "productive", "new states", "parent kept"));
        rows.forEach((s, r) -> b.append(String.format(Locale.ROOT, "%-11s %7d %10.1f%% %13.1f %12.1f%%%n", s, r.runs,
                100.0 * r.productive / r.runs, (double) r.newCoverage / r.runs,
                r.children == 0 ? 0 : 100 * r.keptOfParent / r.children)));
        return b.append("corpus ").append(corpus).toString();
    }
}
