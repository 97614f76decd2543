package dev.electorate.harness.report;

import dev.electorate.history.EdnHistory;
import dev.electorate.history.History;
import dev.electorate.lin.Explanation;
import dev.electorate.lin.Keyed;
import dev.electorate.lin.LinearizabilityChecker;
import dev.electorate.lin.Model;
import dev.electorate.lin.Operation;
import dev.electorate.lin.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The page of a history that is not linearizable, drawn as Porcupine and Knossos draw theirs: one
 * row per process, each operation a bar from its invocation to its completion (an indeterminate one
 * open to the right), the operation whose completion ends the shortest non-linearizable prefix marked,
 * the prefix's end drawn as a line, and the model states possible just before it listed. The x axis
 * is the order of entries in the history (not time), so histories without times draw too.
 */
public final class LinPage {
    /** Operations completed before the failing one's invocation that the drawing keeps for context. */
    static final int BEFORE = 8;
    /** Operations invoked after the prefix's end that the drawing keeps, greyed. */
    static final int AFTER = 4;
    /** Concurrent operations drawn at most; more are counted, not drawn. */
    static final int MOST_CONCURRENT = 24;

    private static final int LEFT = 112;
    private static final int ROW = 34;
    private static final int TOP = 40;
    private static final int UNIT = 44;

    private static final String CSS = """
            .lin-op rect{fill:#cfe2f3;stroke:#3d6f9e;stroke-width:1}
            .lin-op.info rect{fill:url(#lin-open);stroke:#8a6d1f;stroke-dasharray:4 3}
            .lin-op.failing rect{fill:#f6bcbc;stroke:#c00000;stroke-width:2.2}
            .lin-op.after{opacity:.38}
            .lin-op text{font-size:11px;fill:#1d2329}
            .lin-cut{stroke:#c00000;stroke-width:2;stroke-dasharray:5 3}.lin-cut-label{fill:#c00000;font-weight:700;font-size:11.5px}
            .lin-row{fill:#f7f8fa}.lin-row.odd{fill:#eef1f4}.lin-proc{font-weight:600;font-size:12.5px;fill:#1d2329}
            table.ops{border-collapse:collapse;font-size:12px;margin:8px 0}
            .ops th,.ops td{border:1px solid #dde1e6;padding:2px 6px;text-align:left}
            .ops tr.failing td{background:#ffd7d7;font-weight:600}.ops tr.after td{color:#888}
            ul.states code,pre.explanation{background:#f3f5f7;padding:1px 5px;border-radius:3px}
            pre.explanation{padding:8px;white-space:pre-wrap}
            """;

    private LinPage() {}

    /** The index page's file name in {@code lin/}. */
    public static final String INDEX = "index.html";

    /** One checked file, for the index. */
    public record Entry(String file, String verdict, String detail, String page) {
    }

    /** Writes {@code lin/index.html} under {@code out}, listing every file checked and linking each page. */
    public static Path writeIndex(Path out, List<Entry> entries) {
        Html h = Pages.begin("Electorate lin", CSS);
        h.element("h1", "Electorate lin: linearizability");
        h.open("table", "class", "ops");
        h.open("thead").open("tr").element("th", "history").element("th", "verdict").element("th", "operations")
                .element("th", "page").close("tr").close("thead").open("tbody");
        for (Entry e : entries) {
            h.open("tr").element("td", e.file()).element("td", e.verdict()).element("td", e.detail());
            h.open("td");
            if (e.page() != null) {
                h.element("a", "where it fails", "href", e.page());
            }
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        return Pages.write(out.resolve("lin").resolve(INDEX), Pages.end(h));
    }

    /** Writes the page of a non-linearizable {@code result} as {@code lin/<name>.html} and returns its path. */
    public static Path write(Path out, String name, String file, History history, Model model, Result result) {
        return Pages.write(out.resolve("lin").resolve(name + ".html"), render(file, history, model, result));
    }

    /** The page of a result that is not linearizable. */
    public static String render(String file, History history, Model model, Result result) {
        Explanation x = Objects.requireNonNull(result.explanation(), "only a non-linearizable result has a page");
        List<Operation> ops = subHistory(history, model, x.key());
        Operation failing = ops.stream().filter(o -> o.invokePos() == x.failing().invokePos()).findFirst().orElse(x.failing());
        int cut = failing.completionPos();
        List<Operation> shown = chosen(ops, failing);
        int hidden = (int) ops.stream().filter(o -> overlaps(o, failing)).count() - (int) shown.stream().filter(o -> overlaps(o, failing)).count();

        Html h = Pages.begin("Not linearizable: " + file, CSS);
        h.element("h1", "Not linearizable: " + file);
        h.open("p", "class", "facts");
        fact(h, "model", model.name());
        fact(h, "operations", String.valueOf(result.operations()));
        if (x.key() != null) {
            fact(h, "key", EdnHistory.write(x.key()));
        }
        fact(h, "prefix ends at entry", failing.completion().index() + (x.failingLine() > 0 ? " (line " + x.failingLine() + ")" : ""));
        h.close("p");
        h.element("p", "Every prefix of the history" + (x.key() == null ? "" : " of this key") + " that ends before the completion"
                + " of the marked operation is linearizable; the one ending with it is not" + (x.shortest() ? "."
                : " (time ran out before a shorter one could be ruled out).") + " Operations still running at the cut may take"
                + " effect or not. Bars run from invocation to completion; a dashed bar that fades out is indeterminate"
                + " (info, or pending at the end) and may take effect at any point after its invocation, or never.");
        h.element("h2", "Operations around the cut");
        h.append(drawing(shown, failing, cut, history));
        if (hidden > 0) {
            h.element("p", hidden + " more concurrent operations are not drawn; the console lists them all.");
        }
        h.element("h2", "Model states possible just before the marked completion");
        if (x.statesBefore().isEmpty()) {
            h.element("p", "Too many to list.");
        } else {
            h.open("ul", "class", "states");
            x.statesBefore().forEach(s -> h.open("li").element("code", s).close("li"));
            if (x.moreStates()) {
                h.element("li", "perhaps more");
            }
            h.close("ul");
        }
        h.element("p", "None of these states lets the marked operation return what it returned.");
        h.element("h2", "The operations drawn");
        h.append(table(shown, failing, cut, history));
        h.element("h2", "As the console says it");
        h.element("pre", String.join("\n", x.lines()), "class", "explanation");
        return Pages.end(h);
    }

    private static void fact(Html h, String key, String value) {
        h.open("span").element("b", key).text(" " + value).close("span");
    }

    /** The operations of the failing key (all of them when not keyed), values without their key. */
    static List<Operation> subHistory(History history, Model model, Object key) {
        List<Operation> all = LinearizabilityChecker.operations(history, model);
        if (!(model instanceof Keyed keyed) || key == null) {
            return all;
        }
        List<Operation> out = new ArrayList<>();
        for (Operation op : all) {
            if (Objects.equals(keyed.key(op), key)) {
                out.add(keyed.unwrap(op, out.size()));
            }
        }
        return out;
    }

    private static boolean overlaps(Operation op, Operation failing) {
        return op != failing && op.invokePos() < failing.completionPos()
                && (op.indeterminate() || op.completionPos() > failing.invokePos());
    }

    /** The failing operation, those concurrent with it, the last few completed before it and the first few after the cut. */
    static List<Operation> chosen(List<Operation> ops, Operation failing) {
        Set<Operation> keep = new LinkedHashSet<>();
        keep.add(failing);
        ops.stream().filter(o -> overlaps(o, failing)).limit(MOST_CONCURRENT).forEach(keep::add);
        ops.stream().filter(o -> o.completed() && o.completionPos() < failing.invokePos())
                .sorted(Comparator.comparingInt(Operation::completionPos).reversed()).limit(BEFORE).forEach(keep::add);
        ops.stream().filter(o -> o.invokePos() > failing.completionPos()).limit(AFTER).forEach(keep::add);
        List<Operation> out = new ArrayList<>(keep);
        out.sort(Comparator.comparingInt(Operation::invokePos));
        return out;
    }

    private static String label(Operation op) {
        StringBuilder b = new StringBuilder(op.f());
        if (op.input() != null) {
            b.append(' ').append(EdnHistory.write(op.input()));
        }
        if (op.completed()) {
            b.append(" \u2192 ").append(EdnHistory.write(op.output()));
        } else {
            b.append(op.completion() == null ? " \u2192 ? (pending)" : " \u2192 ? (info)");
        }
        return b.toString();
    }

    /**
     * The bars on a compressed axis, as Porcupine draws them: only the positions where a drawn operation
     * starts or ends get a column, so the drawing stays as wide as its events, however long the history.
     * An operation invoked before the window (an old indeterminate one) enters from the left edge.
     */
    private static Html drawing(List<Operation> shown, Operation failing, int cut, History history) {
        int from = shown.stream().filter(o -> o == failing || o.completed()).mapToInt(Operation::invokePos).min()
                .orElse(failing.invokePos());
        TreeSet<Integer> positions = new TreeSet<>();
        for (Operation o : shown) {
            positions.add(Math.max(from, o.invokePos()));
            if (o.completed()) {
                positions.add(o.completionPos());
            }
        }
        positions.add(cut);
        List<Integer> columns = new ArrayList<>(positions);
        int end = columns.size(); // the column open-ended bars run to
        TreeSet<Long> processes = new TreeSet<>();
        shown.forEach(o -> processes.add(o.process()));
        List<Long> rows = new ArrayList<>(processes);
        int width = LEFT + (end + 1) * UNIT + 20;
        int height = TOP + rows.size() * ROW + 18;
        Html h = new Html();
        h.open("div", "class", "scroll");
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "lin-history", "width", width, "height", height,
                "viewBox", "0 0 " + width + " " + height, "role", "img", "aria-label", "operations per process");
        h.open("defs").open("linearGradient", "id", "lin-open", "x1", 0, "x2", 1, "y1", 0, "y2", 0);
        h.empty("stop", "offset", "0", "stop-color", "#f5dfa3", "stop-opacity", "1");
        h.empty("stop", "offset", "1", "stop-color", "#f5dfa3", "stop-opacity", "0");
        h.close("linearGradient").close("defs");
        for (int r = 0; r < rows.size(); r++) {
            double y = TOP + r * ROW;
            h.empty("rect", "class", r % 2 == 0 ? "lin-row" : "lin-row odd", "x", 0, "y", y, "width", width, "height", ROW);
            h.element("text", "process " + rows.get(r), "class", "lin-proc", "x", 8, "y", y + ROW / 2.0 + 4);
        }
        // One column per event, labelled with the entry's index, alternately high and low so labels never collide.
        h.open("g", "class", "axis");
        for (int c = 0; c < columns.size(); c++) {
            double x = LEFT + c * UNIT;
            h.empty("line", "class", "grid", "x1", x, "x2", x, "y1", TOP - 4, "y2", height - 16);
            h.element("text", String.valueOf(history.ops().get(columns.get(c)).index()), "x", x, "y", c % 2 == 0 ? TOP - 18 : TOP - 6,
                    "text-anchor", "middle");
        }
        h.element("text", "entry", "x", 8, "y", TOP - 10);
        h.close("g");
        for (Operation op : shown) {
            int r = rows.indexOf(op.process());
            boolean clipped = op.invokePos() < from;
            double x1 = LEFT + columns.indexOf(Math.max(from, op.invokePos())) * UNIT - (clipped ? 10 : 0);
            double x2 = LEFT + (op.completed() ? columns.indexOf(op.completionPos()) : end) * UNIT;
            String css = "lin-op" + (op == failing ? " failing" : "") + (op.indeterminate() ? " info" : "")
                    + (op.invokePos() > cut ? " after" : "");
            h.open("g", "class", css, "data-op", op.id(), "data-process", op.process());
            h.element("title", op.toString());
            h.empty("rect", "x", x1, "y", TOP + r * ROW + 6, "width", Math.max(6, x2 - x1), "height", ROW - 12, "rx", 3);
            h.element("text", (clipped ? "\u2190 since " + op.invoke().index() + ": " : "") + label(op), "x", x1 + 4,
                    "y", TOP + r * ROW + ROW / 2.0 + 4);
            h.close("g");
        }
        double cx = LEFT + columns.indexOf(cut) * UNIT;
        h.empty("line", "class", "lin-cut", "x1", cx, "x2", cx, "y1", TOP - 4, "y2", height - 4);
        h.element("text", "prefix ends", "class", "lin-cut-label", "x", cx + 4, "y", height - 4);
        h.close("svg");
        h.close("div");
        return h;
    }

    private static Html table(List<Operation> shown, Operation failing, int cut, History history) {
        Html h = new Html();
        h.open("table", "class", "ops");
        h.open("thead").open("tr");
        for (String c : new String[] {"process", "operation", "invoked (entry, line, time)", "completed (entry, line, time)", ""}) {
            h.element("th", c);
        }
        h.close("tr").close("thead").open("tbody");
        for (Operation op : shown) {
            h.open("tr", "class", op == failing ? "failing" : op.invokePos() > cut ? "after" : null);
            h.element("td", String.valueOf(op.process())).element("td", label(op));
            h.element("td", where(op.invoke().index(), history.line(op.invokePos()), op.invoke().time()));
            h.element("td", op.completion() == null ? "never" : where(op.completion().index(), history.line(op.completionPos()),
                    op.completion().time()) + (op.completed() ? "" : " (info)"));
            h.element("td", op == failing ? "its completion ends the prefix" : op.invokePos() > cut ? "after the prefix"
                    : overlaps(op, failing) ? "concurrent" : "before");
            h.close("tr");
        }
        h.close("tbody").close("table");
        return h;
    }

    private static String where(long index, int line, long time) {
        return index + (line > 0 ? ", line " + line : "") + (time >= 0 ? ", t " + time : "");
    }
}
