package dev.electorate.harness.report;

import dev.electorate.harness.io.OutputFolder;
import dev.electorate.harness.compare.Cell;
import dev.electorate.harness.compare.Claim;
import dev.electorate.harness.compare.Claims;
import dev.electorate.harness.compare.Comparison;
import dev.electorate.harness.compare.Scenario;
import dev.electorate.harness.compare.Theory;
import dev.electorate.spec.Textbook;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * {@code compare.html}: the textbook claims with their verdicts, plots of messages and ticks per
 * election against n (log axes) beside the stated curves, and the tables the plots are drawn from.
 */
public final class ComparePage {
    /** The page's file name in the output folder. */
    public static final String FILE = "compare.html";
    /** The data's file name in the output folder. */
    public static final String DATA = "compare.json";

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
        "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};

    private static final String CSS = """
            .plots{display:flex;flex-wrap:wrap;gap:10px 24px}.plot{margin:0;max-width:580px}.plot figcaption{font-weight:600;margin:4px 0}
            .series.measured path{stroke-linejoin:round}
            table.claims{border-collapse:collapse;margin:6px 0;font-size:13px}
            .claims th,.claims td{border:1px solid #d0d5db;padding:4px 8px;text-align:left;vertical-align:top;max-width:520px}
            .claims th{background:#f3f5f7}
            .claim-supported{background:#d8f0dc}.claim-partly{background:#fde9b8}.claim-not-supported{background:#f6bcbc}
            .claim-not-measured{background:#eceff2;color:#555}
            table.figures{border-collapse:collapse;margin:6px 0 14px;font-size:12px}
            .figures th,.figures td{border:1px solid #dde1e6;padding:2px 6px;text-align:right;vertical-align:top}
            .figures th{background:#f3f5f7}.figures td.empty{color:#999;text-align:center}
            .figures td small{display:block;color:#555}
            ol.notes{font-size:12.5px;color:#333}
            """;

    /** Where the page and the data went, and the claims' verdicts. */
    public record Written(Path page, Path data, List<Claim> claims) {
    }

    private ComparePage() {}

    /** Writes compare.html and compare.json into {@code out}. */
    public static Written write(Comparison.Result r, Path out) {
        List<Claim> claims = Claims.evaluate(r);
        Path page = Pages.write(out.resolve(FILE), render(r, claims));
        Path data = OutputFolder.writeJson(out.resolve(DATA), json(r, claims, true));
        return new Written(page, data, claims);
    }

    /**
     * Writes compare.json with the cells measured so far and {@code "complete": false}, so a run
     * stopped half-way keeps what it measured; the page and the claims wait for the whole.
     */
    public static Path writePartial(Comparison.Result soFar, Path out) {
        return OutputFolder.writeJson(out.resolve(DATA), json(soFar, List.of(), false));
    }

    /** The whole page. */
    public static String render(Comparison.Result r, List<Claim> claims) {
        Html h = Pages.begin("Electorate compare", CSS);
        h.element("h1", "Electorate compare: messages and time per election");
        h.open("p", "class", "facts");
        fact(h, "algorithms", String.join(", ", r.plan().algorithms().stream().map(a -> a.name()).toList()));
        fact(h, "nodes", r.plan().nodes().toString());
        fact(h, "runs per (algorithm, n)", String.valueOf(r.plan().runs()));
        fact(h, "seed", String.valueOf(r.plan().seed()));
        h.close("p");
        h.element("p", "Each run starts every node at tick 0 with ids in a ring order drawn from its seed (run i of every"
                + " algorithm uses seed " + r.plan().seed() + "+i, so the algorithms see the same orders). An election is"
                + " over at the first step after which exactly one live node leads and every live node names it, as in"
                + " check. After a leader crash: the first leader crashes for good a few message delays after it is"
                + " elected, and the counts start at the crash. Messages are those the textbook figures count: "
                + String.join("; ", r.theories().stream().map(t -> t.algorithm() + " " + t.countedWords()).toList())
                + "; all messages (acknowledgements, heartbeats) are in the tables.");

        h.element("h2", "Textbook claims");
        h.open("table", "class", "claims");
        h.open("thead").open("tr").element("th", "claim").element("th", "verdict").element("th", "measured")
                .element("th", "where it does not hold").close("tr").close("thead").open("tbody");
        for (Claim c : claims) {
            h.open("tr", "data-verdict", c.verdict().name());
            h.element("td", c.text()).element("td", c.verdict().words(), "class", c.verdict().css())
                    .element("td", c.evidence()).element("td", c.conditions());
            h.close("tr");
        }
        h.close("tbody").close("table");

        h.element("h2", "Messages per election");
        h.open("div", "class", "plots");
        for (Scenario s : Scenario.values()) {
            h.append(plot(r, s, "Messages per election, " + s.words() + " (mean)", "messages (textbook count)",
                    Cell::countedMean, true));
        }
        h.close("div");
        h.element("h2", "Time to elect");
        h.open("div", "class", "plots");
        for (Scenario s : Scenario.values()) {
            h.append(plot(r, s, "Ticks to elect, " + s.words() + " (median)", "ticks", c -> c.ticks().median(), false));
        }
        h.close("div");

        List<String> notes = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            h.element("h2", "Figures, " + s.words());
            h.append(table(r, s, notes));
        }
        h.element("h2", "Empty and partial cells");
        if (notes.isEmpty()) {
            h.element("p", "Every run of every cell elected a leader.");
        } else {
            h.open("ol", "class", "notes");
            notes.forEach(n -> h.element("li", n));
            h.close("ol");
        }
        return Pages.end(h);
    }

    private static void fact(Html h, String key, String value) {
        h.open("span").element("b", key).text(" " + value).close("span");
    }

    private static Html plot(Comparison.Result r, Scenario s, String title, String yLabel, ToDoubleFunction<Cell> value,
                             boolean withCurves) {
        List<LogPlot.Series> series = new ArrayList<>();
        List<LogPlot.Series> curves = new ArrayList<>();
        for (int i = 0; i < r.plan().algorithms().size(); i++) {
            String a = r.plan().algorithms().get(i).name();
            String colour = COLOURS[i % COLOURS.length];
            List<double[]> points = new ArrayList<>();
            for (int n : r.sizes()) {
                Cell c = r.cell(a, n, s);
                if (c.hasData()) {
                    points.add(new double[] {n, value.applyAsDouble(c)});
                }
            }
            if (points.isEmpty()) {
                continue;
            }
            series.add(new LogPlot.Series(a, colour, false, points));
            if (withCurves) {
                for (Textbook.Curve curve : r.theories().get(i).curves()) {
                    List<double[]> cp = new ArrayList<>();
                    r.sizes().forEach(n -> cp.add(new double[] {n, curve.at(n)}));
                    curves.add(new LogPlot.Series(curve.name(), colour, true, cp));
                }
            }
        }
        series.addAll(curves);
        return LogPlot.render(title, "n (nodes, log scale)", yLabel + " (log scale)", series);
    }

    private static Html table(Comparison.Result r, Scenario s, List<String> notes) {
        Html h = new Html();
        h.open("table", "class", "figures", "data-scenario", s.id());
        h.element("caption", "Each cell: textbook count median (mean, max); all messages median; ticks median / p99");
        h.open("thead").open("tr").element("th", "n");
        r.plan().algorithms().forEach(a -> h.element("th", a.name()));
        h.close("tr").close("thead").open("tbody");
        Map<String, Integer> columnNotes = new LinkedHashMap<>();
        for (int n : r.sizes()) {
            h.open("tr").element("th", String.valueOf(n));
            for (var a : r.plan().algorithms()) {
                Cell c = r.cell(a.name(), n, s);
                String note = c.note();
                String mark = "";
                if (!note.isEmpty()) {
                    String key = c.empty() != null ? a.name() + ", " + s.words() + ": " + note
                            : a.name() + " n = " + n + ", " + s.words() + ": " + note;
                    Integer number = columnNotes.get(key);
                    if (number == null) {
                        notes.add(key);
                        number = notes.size();
                        columnNotes.put(key, number);
                    }
                    mark = " [" + number + "]";
                }
                if (!c.hasData()) {
                    h.element("td", "\u2014" + mark, "class", "empty", "title", note);
                    continue;
                }
                h.open("td", "title", note.isEmpty() ? null : note);
                h.text(c.counted().median() + String.format(Locale.ROOT, " (%.1f, %d)", c.countedMean(), c.countedMax()) + mark);
                h.element("small", c.messages().median() + " all");
                h.element("small", c.ticks() + " ticks");
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
        return h;
    }

    private static Map<String, Object> json(Comparison.Result r, List<Claim> claims, boolean complete) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("complete", complete);
        doc.put("seed", r.plan().seed());
        doc.put("runs", r.plan().runs());
        doc.put("nodes", r.plan().nodes().toString());
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Cell c : r.cells()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("algorithm", c.algorithm());
            m.put("n", c.n());
            m.put("scenario", c.scenario().id());
            m.put("runs", c.runs());
            m.put("measured", c.measured());
            if (c.hasData()) {
                m.put("countedMedian", c.counted().median());
                m.put("countedMean", Math.round(c.countedMean() * 1000) / 1000.0);
                m.put("countedMax", c.countedMax());
                m.put("messagesMedian", c.messages().median());
                m.put("ticksMedian", c.ticks().median());
                m.put("ticksP99", c.ticks().p99());
                m.put("oneRound", c.oneRound());
                m.put("highestWon", c.highestWon());
            }
            if (!c.note().isEmpty()) {
                m.put("note", c.note());
            }
            cells.add(m);
        }
        doc.put("cells", cells);
        List<Map<String, Object>> cs = new ArrayList<>();
        for (Claim c : claims) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("claim", c.text());
            m.put("verdict", c.verdict().words());
            m.put("evidence", c.evidence());
            m.put("conditions", c.conditions());
            cs.add(m);
        }
        doc.put("claims", cs);
        return doc;
    }
}
