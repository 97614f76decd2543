package dev.electorate.harness.report;

import dev.electorate.harness.check.CellResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The output folder's {@code index.html}: facts of the run, the verdict matrix, then each counterexample. */
public final class IndexPage {
    private IndexPage() {}

    /**
     * The whole page. {@code cells} may be empty (no matrix); {@code sections} are counterexample
     * sections built by {@link CounterexampleView}.
     */
    public static String render(String title, Map<String, String> facts, List<CellResult> cells,
                                List<Html> sections, String emptyNote) {
        Html h = new Html();
        h.constant("<!DOCTYPE html>\n");
        h.open("html", "lang", "en");
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        // Nothing on this page may load from anywhere: no remote assets, only the inline script below.
        h.empty("meta", "http-equiv", "Content-Security-Policy",
                "content", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:");
        h.element("title", title);
        h.open("style").constant(PageStyle.CSS).close("style");
        h.close("head");
        h.open("body");
        h.constant(PageStyle.DEFS);
        h.element("h1", title);
        h.open("p", "class", "facts");
        facts.forEach((k, v) -> h.open("span").element("b", k).text(" " + v).close("span"));
        h.close("p");
        if (!cells.isEmpty()) {
            h.element("h2", "Verdicts");
            h.append(Legend.verdicts());
            h.append(matrix(cells));
        }
        h.element("h2", sections.isEmpty() ? "Counterexamples" : "Counterexamples (" + sections.size() + ")");
        if (sections.isEmpty()) {
            h.element("p", emptyNote);
        }
        sections.forEach(h::append);
        h.open("script").constant(PageStyle.SCRIPT).close("script");
        h.close("body");
        h.close("html");
        return h.toString();
    }

    /** Rows are algorithms, columns fault classes, each cell coloured by its verdict. */
    static Html matrix(List<CellResult> cells) {
        Set<String> algorithms = new LinkedHashSet<>();
        Set<String> faults = new LinkedHashSet<>();
        Map<String, CellResult> byKey = new LinkedHashMap<>();
        for (CellResult c : cells) {
            algorithms.add(c.algorithm());
            faults.add(c.faultClass());
            byKey.put(c.algorithm() + "\u0000" + c.faultClass(), c);
        }
        Html h = new Html();
        h.open("table", "class", "matrix");
        h.open("thead").open("tr").element("th", "algorithm \\ faults", "class", "alg");
        faults.forEach(f -> h.element("th", f));
        h.close("tr").close("thead").open("tbody");
        for (String a : algorithms) {
            h.open("tr").element("th", a, "class", "alg");
            for (String f : faults) {
                CellResult c = byKey.get(a + "\u0000" + f);
                if (c == null) {
                    h.element("td", "\u2014", "class", "v-none");
                    continue;
                }
                h.open("td", "class", "v-" + c.verdict().label(), "data-algorithm", a, "data-faults", f,
                        "title", title(c));
                h.text(c.verdict().label());
                h.element("small", c.violatedRuns() == 0 ? c.runs() + " runs"
                        : c.violatedRuns() + "/" + c.runs() + " runs; " + properties(c));
                if (c.validation() != null) {
                    h.element("small", "TLC " + c.validation().accepted() + "/" + c.validation().traces());
                }
                if (c.counterexample() != null) {
                    h.open("small").element("a", "timeline \u2193", "href", "#" + anchor(a, f)).close("small");
                }
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
        return h;
    }

    /** The id of a cell's counterexample section. */
    public static String anchor(String algorithm, String faultClass) {
        return "cx-" + (algorithm + "-" + faultClass).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "_");
    }

    private static String properties(CellResult c) {
        List<String> parts = new ArrayList<>();
        c.byProperty().forEach((p, n) -> {
            if (n > 0) {
                parts.add(p + " " + n);
            }
        });
        return String.join(", ", parts);
    }

    private static String title(CellResult c) {
        return c.algorithm() + " under " + c.faultClass() + ": " + c.verdict().label() + (c.admitted()
                ? " (inside the assumptions)" : " (outside the assumptions)") + String.format(
                java.util.Locale.ROOT, "; %.1f s", c.seconds());
    }
}
