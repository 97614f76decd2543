package dev.electorate.harness.report;

import dev.electorate.harness.check.Counterexample;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import dev.electorate.spec.property.Violation;
import java.nio.file.Path;
import java.util.List;

/**
 * One counterexample as the page shows it: what was run, what broke, the replay command, and the
 * run's timeline with the violating step marked.
 */
public final class CounterexampleView {
    /** The most steps a timeline draws; longer runs are cut around the violating step. */
    static final int MAX_DRAWN_STEPS = 10_000;

    private CounterexampleView() {}

    /** The section for counterexample {@code c} with its trace; links are relative to {@code out}. */
    public static Html render(String anchor, String heading, Counterexample c, Trace trace, Path out) {
        Html h = new Html();
        h.open("section", "class", "counterexample", "id", anchor);
        h.element("h3", heading);
        h.element("p", c.violation().toString(), "class", "violation-text");
        h.open("p", "class", "facts");
        fact(h, "nodes", c.run().members().toString());
        fact(h, "seed", Long.toString(c.run().seed()));
        if (c.run().mutant() != null) {
            fact(h, "mutant", c.run().mutant());
        }
        fact(h, "faults", c.run().schedule().describe());
        fact(h, "steps", Integer.toString(c.steps()));
        h.open("span").element("b", "files").text(" ");
        link(h, c.traceFile(), out);
        h.text(" ");
        link(h, c.replayFile(), out);
        if (c.historyFile() != null) {
            h.text(" ");
            link(h, c.historyFile(), out);
        }
        h.close("span").close("p");
        h.open("p", "class", "replay").element("b", "replay").text(" ").element("code", c.replayCommand())
                .close("p");
        Trace drawn = trace;
        Violation violation = c.violation();
        int size = trace.steps().size();
        if (size > MAX_DRAWN_STEPS) {
            // A run of the step cap's length would make a page of a hundred megabytes: draw the steps around
            // the violation, and point to the trace file for the rest.
            int focus = (int) Math.max(0, Math.min(size - 1, violation.step()));
            int to = Math.min(size, Math.max(focus + 1 + MAX_DRAWN_STEPS / 2, MAX_DRAWN_STEPS));
            int from = Math.max(0, to - MAX_DRAWN_STEPS);
            List<Step> steps = trace.steps().subList(from, to);
            TraceHeader t = trace.header();
            drawn = new Trace(new TraceHeader(t.algorithm(), t.mutant(), t.cluster(), t.seed(), t.faultClass(),
                    t.healedAt(), t.terminationBound(), steps.get(steps.size() - 1).time() + 1), steps);
            violation = new Violation(violation.property(), violation.step() - from, violation.time(),
                    violation.explanation());
            h.element("p", "The run has " + size + " steps; the timeline draws steps " + from + " to " + (to - 1)
                    + ", around the violating one. The whole run is in the trace file.", "class", "cut");
        }
        h.append(timeline(anchor, TimelineModel.of(drawn, violation)));
        h.append(StepTable.around(trace, c.violation().step()));
        h.close("section");
        return h;
    }

    /** The timeline: legend, controls, overview and the windows, the violating one shown first. */
    public static Html timeline(String id, TimelineModel model) {
        TimelineSvg svg = new TimelineSvg(model, id);
        Html h = new Html();
        h.open("div", "class", "timeline", "id", id + "-timeline", "data-initial", svg.initialWindow(),
                "data-windows", svg.windows());
        h.open("div", "class", "bar");
        h.append(Legend.timeline());
        h.open("div", "class", "controls", "hidden", "hidden");
        h.element("button", "\u25c0 earlier", "class", "prev", "type", "button");
        h.element("button", "later \u25b6", "class", "next", "type", "button");
        h.element("button", "all windows", "class", "all", "type", "button");
        h.element("button", "zoom \u2212", "class", "zoom-out", "type", "button");
        h.element("button", "zoom +", "class", "zoom-in", "type", "button");
        h.element("span", "", "class", "where");
        h.close("div").close("div");
        h.open("div", "class", "scroll").append(svg.overview()).close("div");
        for (int w = 0; w < svg.windows(); w++) {
            long start = svg.windowStart(w);
            long end = svg.windowEnd(w);
            h.open("div", "class", "window", "data-window", w, "data-start", start, "data-end", end);
            h.element("h4", "ticks " + start + " to " + end);
            h.open("div", "class", "scroll").append(svg.window(w)).close("div");
            h.close("div");
        }
        h.close("div");
        return h;
    }

    private static void fact(Html h, String name, String value) {
        h.open("span").element("b", name).text(" " + value).close("span");
    }

    private static void link(Html h, String file, Path out) {
        Path target = Path.of(file).toAbsolutePath().normalize();
        Path base = out.toAbsolutePath().normalize();
        String relative = target.startsWith(base) ? base.relativize(target).toString() : target.toString();
        h.element("a", target.getFileName().toString(), "href", href(relative));
    }

    /** A link to a file in the output folder, each path segment percent-encoded. */
    static String href(String relative) {
        StringBuilder b = new StringBuilder("./");
        String[] parts = relative.replace('\\', '/').split("/");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append('/');
            }
            b.append(java.net.URLEncoder.encode(parts[i], java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }
}
