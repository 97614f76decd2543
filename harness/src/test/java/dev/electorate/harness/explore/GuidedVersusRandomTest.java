package dev.electorate.harness.explore;

import dev.electorate.harness.check.Coverage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The random and the guided search on the same seeds and budgets, from the figures in
 * {@code src/test/resources/guided.tsv}: distinct abstract states and transitions ({@link Coverage})
 * after N runs of each algorithm, and the runs each search of a mutant took to kill it. Every figure is a
 * count of a deterministic search, so it is measured again exactly: the rows of at most {@link #SMALL}
 * runs on every build, the others with {@code -Delectorate.long=true}. The table in docs/exploration.md
 * is generated from the file; the test fails when either differs from what it measures or generates, and
 * {@code -Delectorate.guided.update=true} rewrites both (with the long rows too when the long switch is on).
 */
class GuidedVersusRandomTest {

    static final int SMALL = 200;
    private static final Path TSV = Path.of("src", "test", "resources", "guided.tsv");
    private static final Path DOC = Path.of("..", "docs", "exploration.md");
    private static final String BEGIN = "<!-- guided table: GuidedVersusRandomTest writes it from harness/src/test/resources/guided.tsv -->";
    private static final String END = "<!-- end of guided table -->";
    private static final NodeRange NODES = new NodeRange(3, 7);

    /**
     * One measurement. {@code coverage} rows hold "states/transitions" after {@code budget} runs from seed 1;
     * {@code kill} rows hold, per search (seeds 1, 1000004, ...), the runs until the mutant failed, "-" for none
     * within the budget.
     */
    record Row(String measure, String algorithm, String mutant, int budget, int searches, String random, String guided) {

        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            return new Row(f[0], f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5], f[6]);
        }

        String line() {
            return String.join("\t", measure, algorithm, mutant, Integer.toString(budget), Integer.toString(searches), random, guided);
        }

        Row measured() {
            return new Row(measure, algorithm, mutant, budget, searches, measure(false), measure(true));
        }

        private String measure(boolean guidedSearch) {
            Algorithm a = Algorithms.byName(algorithm);
            if (measure.equals("coverage")) {
                Coverage c = new Coverage();
                search(a, null, 1, guidedSearch, c);
                return c.states() + "/" + c.transitions();
            }
            List<String> runs = new ArrayList<>();
            for (int k = 0; k < searches; k++) {
                Explorer.Outcome o = search(a, mutant, 1 + 1_000_003L * k, guidedSearch, new Coverage());
                runs.add(o.failure().map(f -> Integer.toString(f.tries())).orElse("-"));
            }
            return String.join(",", runs);
        }

        private Explorer.Outcome search(Algorithm a, String m, long seed, boolean guidedSearch, Coverage c) {
            Explorer.Plan plan = new Explorer.Plan(a, m, NODES, a.assumptions().admitted(), budget, seed, 0);
            return guidedSearch ? GuidedExplorer.explore(plan, Progress.quiet(), c) : Explorer.explore(plan, Progress.quiet(), c);
        }
    }

    @Test
    void theFiguresAreWhatTheSearchesGiveAndTheTableIsTheFiles() throws Exception {
        List<String> lines = Files.readAllLines(TSV, StandardCharsets.UTF_8);
        List<String> head = lines.stream().filter(l -> l.startsWith("#")).toList();
        List<Row> rows = new ArrayList<>(lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).map(Row::parse).toList());
        boolean longRun = Boolean.getBoolean("electorate.long");
        boolean update = Boolean.getBoolean("electorate.guided.update");
        List<String> differ = new ArrayList<>();
        // Rows are independent searches: measured side by side, each deterministic whatever the thread.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Row>> measured = new ArrayList<>();
            for (Row r : rows) {
                measured.add(r.budget() <= SMALL || longRun ? pool.submit(r::measured) : null);
            }
            for (int i = 0; i < rows.size(); i++) {
                if (measured.get(i) != null) {
                    Row now = measured.get(i).get();
                    if (!now.equals(rows.get(i))) {
                        differ.add("was " + rows.get(i).line() + "\nnow " + now.line());
                    }
                    rows.set(i, now);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        String table = table(rows);
        String text = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/exploration.md lacks the markers " + BEGIN + " and " + END);
        if (update) {
            List<String> out = new ArrayList<>(head);
            rows.forEach(r -> out.add(r.line()));
            Files.write(TSV, out, StandardCharsets.UTF_8);
            Files.writeString(DOC, text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertTrue(differ.isEmpty(), "guided.tsv holds other figures than the searches give now"
                + " (-Delectorate.guided.update=true re-measures them):\n" + String.join("\n", differ));
        assertEquals(table.strip(), text.substring(begin + BEGIN.length(), end).strip(),
                "docs/exploration.md's guided table is not the one guided.tsv gives; -Delectorate.guided.update=true rewrites it");
    }

    /** The markdown table of {@code rows}: coverage side by side, then each mutant's median runs to kill. */
    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| algorithm | runs | abstract states: random | guided | transitions: random | guided |\n");
        b.append("|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            if (r.measure().equals("coverage")) {
                String[] x = r.random().split("/");
                String[] y = r.guided().split("/");
                b.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d |%n", r.algorithm(), r.budget(),
                        Integer.parseInt(x[0]), Integer.parseInt(y[0]), Integer.parseInt(x[1]), Integer.parseInt(y[1])));
            }
        }
        b.append("\n| algorithm | mutant | runs per search | random: killed | median runs | guided: killed | median runs |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            if (r.measure().equals("kill")) {
                b.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %s | %s | %s |%n", r.algorithm(), r.mutant(),
                        r.budget(), killed(r.random()), median(r.random(), r.budget()), killed(r.guided()),
                        median(r.guided(), r.budget())));
            }
        }
        return b.toString();
    }

    private static String killed(String runs) {
        String[] each = runs.split(",");
        return Arrays.stream(each).filter(s -> !s.equals("-")).count() + "/" + each.length;
    }

    /** The median over the searches, a search that found nothing counting as more than the budget. */
    static String median(String runs, int budget) {
        long[] v = Arrays.stream(runs.split(",")).mapToLong(s -> s.equals("-") ? Long.MAX_VALUE : Long.parseLong(s))
                .sorted().toArray();
        long m = v[v.length / 2];
        return m == Long.MAX_VALUE ? String.format(Locale.ROOT, "> %,d", budget) : String.format(Locale.ROOT, "%,d", m);
    }

    @Test
    void theMedianCountsASearchThatFoundNothingAsMoreThanTheBudget() {
        assertEquals("283", median("283,1200,-,45,77", 3000));
        assertEquals("> 3,000", median("283,-,-,45,-", 3000));
        assertEquals("2/3", killed("5,-,7"));
    }
}
