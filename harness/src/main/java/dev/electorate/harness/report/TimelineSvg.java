package dev.electorate.harness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws a {@link TimelineModel} as inline SVG: an overview of the whole run, then the run cut into
 * windows of equal ticks, each with one lane per node, so runs of thousands of steps stay legible.
 */
public final class TimelineSvg {
    static final int GUTTER = 92;
    static final int PLOT = 1160;
    static final int WIDTH = GUTTER + PLOT + 16;
    private static final int AXIS = 26;
    private static final int STRIP_ROW = 17;
    private static final int LANE = 40;
    private static final int ROLE_BAR = 14;
    private static final int OVERVIEW_LANE = 9;
    /** About this many messages per window keep arrows apart at the plot's width. */
    private static final int ARROWS_PER_WINDOW = 60;
    private static final Pattern GROUPS = Pattern.compile("\\[(\\[[0-9, ]*\\](?:, *\\[[0-9, ]*\\])*)\\]");

    private final TimelineModel model;
    private final String id;
    private final long windowTicks;
    private final List<List<Band>> stripRows;

    /** A drawing of {@code model}; {@code id} names it in the page and must be unique there. */
    public TimelineSvg(TimelineModel model, String id) {
        this.model = model;
        this.id = id;
        this.windowTicks = windowTicks(model);
        this.stripRows = stripRows(model.faults());
    }

    /** Ticks per window: the whole run when it is sparse, otherwise a round span holding about 60 messages. */
    static long windowTicks(TimelineModel model) {
        long horizon = model.horizon();
        int arrows = model.arrows().size();
        if (arrows <= ARROWS_PER_WINDOW * 3 / 2) {
            return horizon;
        }
        long span = Math.max(10, (long) Math.ceil((double) horizon * ARROWS_PER_WINDOW / arrows));
        long nice = niceStep(span);
        return Math.min(horizon, nice);
    }

    /** The number of windows the run is cut into. */
    public int windows() {
        return (int) Math.max(1, (model.horizon() + windowTicks - 1) / windowTicks);
    }

    /** The window holding the violating step, or the first. */
    public int initialWindow() {
        if (model.violation() == null) {
            return 0;
        }
        for (int w = 0; w < windows(); w++) {
            if (model.violation().time() <= windowEnd(w)) {
                return w;
            }
        }
        return windows() - 1;
    }

    /**
     * First tick of window {@code w}. The last window ends at the horizon and so may overlap the
     * one before: every window is full, and a violation at the end of a run is never squeezed.
     */
    public long windowStart(int w) {
        return Math.max(0, Math.min(w * windowTicks, model.horizon() - windowTicks));
    }

    /** Last tick of window {@code w}. */
    public long windowEnd(int w) {
        return Math.min(model.horizon(), windowStart(w) + windowTicks);
    }

    /** The overview of the whole run, with one box per window to click. */
    public Html overview() {
        int n = model.members().size();
        int height = 14 + n * OVERVIEW_LANE + 4;
        Html h = new Html();
        h.open("svg", "class", "overview", "xmlns", "http://www.w3.org/2000/svg", "width", WIDTH, "height", height,
                "viewBox", "0 0 " + WIDTH + " " + height, "role", "img", "aria-label", "whole run overview");
        h.element("text", "whole run", "class", "gutter-label", "x", 4, "y", 14 + OVERVIEW_LANE);
        Scale x = new Scale(0, model.horizon());
        for (Band b : model.faults()) {
            if (b.node() == 0) {
                h.open("rect", "class", "net " + b.kind(), "x", x.at(b.from()), "y", 12, "width", x.width(b),
                        "height", n * OVERVIEW_LANE + 4).element("title", b.label()).close("rect");
            }
        }
        for (Band b : model.roles()) {
            int lane = model.members().indexOf(b.node());
            h.empty("rect", "class", "role " + b.kind(), "x", x.at(b.from()), "y", 14 + lane * OVERVIEW_LANE,
                    "width", x.width(b), "height", OVERVIEW_LANE - 2);
        }
        if (model.violation() != null) {
            double vx = x.at(model.violation().time());
            h.empty("line", "class", "violation-line", "x1", vx, "x2", vx, "y1", 8, "y2", height);
        }
        for (int w = 0; w < windows(); w++) {
            long start = windowStart(w);
            long end = windowEnd(w);
            h.open("rect", "class", "win-box", "data-window", w, "x", x.at(start), "y", 1,
                    "width", Math.max(2, x.at(end) - x.at(start)), "height", height - 2)
                    .element("title", "window " + (w + 1) + ": t=" + start + ".." + end).close("rect");
        }
        h.close("svg");
        return h;
    }

    /** Window {@code w}: its ticks with lanes, bands, messages and marks. */
    public Html window(int w) {
        long start = windowStart(w);
        long end = windowEnd(w);
        Scale x = new Scale(start, start + windowTicks);
        int n = model.members().size();
        int stripHeight = Math.max(1, stripRows.size()) * STRIP_ROW;
        int lanesTop = AXIS + stripHeight + 6;
        int height = lanesTop + n * LANE + 8;
        Html h = new Html();
        h.open("svg", "class", "window-svg", "xmlns", "http://www.w3.org/2000/svg", "width", WIDTH, "height", height,
                "viewBox", "0 0 " + WIDTH + " " + height, "data-base-width", WIDTH, "role", "img",
                "aria-label", "timeline ticks " + start + " to " + end);
        String clip = id + "-clip-" + w;
        h.open("defs").open("clipPath", "id", clip)
                .empty("rect", "x", GUTTER, "y", 0, "width", PLOT, "height", height).close("clipPath").close("defs");
        axis(h, x, start, end, height);
        h.element("text", "faults", "class", "gutter-label", "x", 6, "y", AXIS + 12);
        h.open("g", "clip-path", "url(#" + clip + ")");
        for (int lane = 0; lane < n; lane++) {
            h.empty("rect", "class", lane % 2 == 0 ? "lane-bg" : "lane-bg odd", "x", GUTTER, "y", lanesTop + lane * LANE,
                    "width", PLOT, "height", LANE);
        }
        strip(h, x, start, end, lanesTop, n);
        lanes(h, x, start, end, lanesTop);
        sides(h, x, start, end, lanesTop);
        arrows(h, x, start, end, lanesTop);
        violation(h, x, start, end, lanesTop, height);
        h.close("g");
        for (int lane = 0; lane < n; lane++) {
            h.element("text", "node " + model.members().get(lane), "class", "lane-label", "data-node",
                    model.members().get(lane), "x", GUTTER - 10, "y", lanesTop + lane * LANE + LANE / 2 + 5,
                    "text-anchor", "end");
        }
        if (end < start + windowTicks) {
            h.empty("rect", "class", "after-end", "x", x.at(end), "y", AXIS, "width", GUTTER + PLOT - x.at(end),
                    "height", height - AXIS);
        }
        h.close("svg");
        return h;
    }

    private void axis(Html h, Scale x, long start, long end, int height) {
        long step = niceStep(Math.max(1, windowTicks / 12));
        h.open("g", "class", "axis");
        h.empty("line", "x1", GUTTER, "x2", GUTTER + PLOT, "y1", AXIS - 6, "y2", AXIS - 6);
        for (long t = (start + step - 1) / step * step; t <= end; t += step) {
            double tx = x.at(t);
            h.empty("line", "class", "grid", "x1", tx, "x2", tx, "y1", AXIS - 6, "y2", height - 6);
            h.element("text", Long.toString(t), "x", tx, "y", AXIS - 10, "text-anchor", "middle");
        }
        h.element("text", "tick", "class", "gutter-label", "x", 6, "y", AXIS - 10);
        h.close("g");
    }

    private void strip(Html h, Scale x, long start, long end, int lanesTop, int n) {
        for (int row = 0; row < stripRows.size(); row++) {
            for (Band b : stripRows.get(row)) {
                if (!b.overlaps(start, end + 1)) {
                    continue;
                }
                double bx = x.at(b.from());
                double bw = x.width(b);
                // The shade over every lane shows who was cut off while it lasted.
                h.open("rect", "class", "net " + b.kind(), "x", bx, "y", AXIS + row * STRIP_ROW, "width", bw,
                        "height", lanesTop - AXIS - row * STRIP_ROW + n * LANE).element("title", b.label()).close("rect");
                h.empty("rect", "class", "strip " + b.kind(), "x", bx, "y", AXIS + row * STRIP_ROW + 1, "width", bw,
                        "height", STRIP_ROW - 3);
                String label = stripLabel(b);
                double visible = bx + bw - Math.max(bx, GUTTER);
                // A band too narrow for its words gets them beside it, in dark type.
                boolean inside = visible > 6.5 * label.length() + 8;
                h.element("text", label, "class", inside ? "strip-label" : "strip-label beside",
                        "x", inside ? Math.max(bx, GUTTER) + 4 : bx + bw + 4, "y", AXIS + row * STRIP_ROW + 11);
            }
        }
    }

    private void sides(Html h, Scale x, long start, long end, int lanesTop) {
        for (Band b : model.faults()) {
            if (b.node() == 0 && b.kind().equals("partition") && b.overlaps(start, end + 1)) {
                groups(h, b, Math.max(x.at(b.from()), GUTTER) + 4, lanesTop);
            }
        }
    }

    /** Writes each node's side of a partition ("A", "B", ...) at the start of the band in its lane. */
    private void groups(Html h, Band b, double labelX, int lanesTop) {
        Matcher m = GROUPS.matcher(b.label());
        if (!m.find()) {
            return;
        }
        String[] groups = m.group(1).split("\\] *, *\\[");
        for (int g = 0; g < groups.length; g++) {
            for (String id : groups[g].replace("[", "").replace("]", "").split(",")) {
                String trimmed = id.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int lane = model.members().indexOf(Integer.parseInt(trimmed));
                if (lane >= 0) {
                    h.element("text", "side " + (char) ('A' + g), "class", "side", "x", labelX,
                            "y", lanesTop + lane * LANE + 12);
                }
            }
        }
    }

    private static String stripLabel(Band b) {
        String label = b.label();
        int colon = label.indexOf(": ");
        String detail = colon >= 0 ? label.substring(colon + 2) : label;
        return detail.length() > 90 ? detail.substring(0, 87) + "..." : detail;
    }

    private void lanes(Html h, Scale x, long start, long end, int lanesTop) {
        List<Integer> members = model.members();
        for (int lane = 0; lane < members.size(); lane++) {
            int node = members.get(lane);
            double y = lanesTop + lane * LANE;
            double mid = y + LANE / 2.0;
            h.open("g", "class", "lane", "data-node", node);
            h.empty("line", "class", "lane-line", "x1", GUTTER, "x2", GUTTER + PLOT, "y1", mid, "y2", mid);
            for (Band b : model.faults()) {
                if (b.node() == node && b.overlaps(start, end + 1)) {
                    double top = b.kind().equals("skew") ? mid + ROLE_BAR / 2.0 + 2 : y + 3;
                    double height = b.kind().equals("skew") ? 5 : LANE - 6;
                    h.open("rect", "class", "node-fault " + b.kind(), "x", x.at(b.from()), "y", top,
                            "width", Math.max(3, x.width(b)), "height", height).element("title", b.label()).close("rect");
                }
            }
            for (Band b : model.roles()) {
                if (b.node() == node && b.overlaps(start, end + 1) && !b.kind().equals("down")) {
                    h.open("rect", "class", "role " + b.kind(), "x", x.at(b.from()), "y", mid - ROLE_BAR / 2.0,
                            "width", x.width(b), "height", ROLE_BAR).element("title", b.label()).close("rect");
                }
            }
            h.close("g");
        }
    }

    private void arrows(Html h, Scale x, long start, long end, int lanesTop) {
        h.open("g", "class", "messages");
        for (Arrow a : model.arrows()) {
            int fromLane = model.members().indexOf(a.from());
            int toLane = model.members().indexOf(a.to());
            if (fromLane < 0 || toLane < 0 || !a.overlaps(start, end + 1)) {
                continue;
            }
            double y1 = lanesTop + fromLane * LANE + LANE / 2.0;
            double y2 = lanesTop + toLane * LANE + LANE / 2.0;
            double x1 = x.at(a.sentAt());
            double x2 = x.at(a.endAt());
            if (a.fate().equals("in-flight")) {
                // Where it would be at the end of the run is unknown: draw it halfway and open-ended.
                y2 = (y1 + y2) / 2;
            }
            h.open("line", "class", "msg " + a.fate(), "x1", x1, "y1", y1, "x2", x2, "y2", y2,
                    "marker-end", a.fate().equals("received") ? "url(#el-arrow)" : a.fate().equals("lost")
                            ? "url(#el-lost)" : null).element("title", a.label()).close("line");
        }
        h.close("g");
    }

    private void violation(Html h, Scale x, long start, long end, int lanesTop, int height) {
        if (model.violation() == null || model.violation().time() < start || model.violation().time() > end) {
            return;
        }
        double vx = x.at(model.violation().time());
        int node = model.marked() == null ? 0 : model.marked().node();
        h.open("g", "class", "violation", "data-step", model.violation().step(), "data-node", node);
        h.open("line", "class", "violation-line", "x1", vx, "x2", vx, "y1", AXIS - 6, "y2", height - 4)
                .element("title", model.violation().toString()).close("line");
        int lane = model.members().indexOf(node);
        if (lane >= 0) {
            double cy = lanesTop + lane * LANE + LANE / 2.0;
            h.open("circle", "class", "violation-dot", "cx", vx, "cy", cy, "r", 9)
                    .element("title", model.violation().toString()).close("circle");
        }
        String label = "\u2716 " + model.violation().property() + " broken at step " + model.violation().step();
        boolean right = vx > GUTTER + PLOT - 260;
        h.element("text", label, "class", "violation-label", "x", right ? vx - 6 : vx + 6, "y", height - 10,
                "text-anchor", right ? "end" : "start");
        h.close("g");
    }

    /** Network-wide bands in rows so overlapping ones do not cover each other. */
    private static List<List<Band>> stripRows(List<Band> faults) {
        List<List<Band>> rows = new ArrayList<>();
        for (Band b : faults) {
            if (b.node() != 0) {
                continue;
            }
            List<Band> fit = null;
            for (List<Band> row : rows) {
                if (row.get(row.size() - 1).to() < b.from()) {
                    fit = row;
                    break;
                }
            }
            if (fit == null) {
                fit = new ArrayList<>();
                rows.add(fit);
            }
            fit.add(b);
        }
        return rows;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code span}. */
    static long niceStep(long span) {
        long p = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * p >= span) {
                    return m * p;
                }
            }
            p *= 10;
        }
    }

    /** Maps ticks of one window onto the plot's pixels. */
    private record Scale(long start, long end) {
        double at(long t) {
            return GUTTER + (double) (t - start) * PLOT / Math.max(1, end - start);
        }

        double width(Band b) {
            return Math.max(1.5, at(b.to()) - at(b.from()));
        }
    }

    /** Counts of what the timeline draws, for the page's summary line. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        model.arrows().forEach(a -> counts.merge(a.fate(), 1L, Long::sum));
        return counts;
    }

    /** Ticks per window. */
    public long windowTicks() {
        return windowTicks;
    }
}
