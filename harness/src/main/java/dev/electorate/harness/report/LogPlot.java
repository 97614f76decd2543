package dev.electorate.harness.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A line plot in inline SVG with logarithmic axes on both sides: measured series as solid lines with
 * points, stated curves dashed in their series' colour.
 */
final class LogPlot {
    /** One line: points (x, y) with y > 0, its colour, and whether it is a stated curve rather than a measurement. */
    record Series(String name, String colour, boolean dashed, List<double[]> points) {
    }

    private static final int WIDTH = 560;
    private static final int HEIGHT = 340;
    private static final int LEFT = 62;
    private static final int RIGHT = 14;
    private static final int TOP = 14;
    private static final int BOTTOM = 42;

    private LogPlot() {}

    static Html render(String title, String xLabel, String yLabel, List<Series> series) {
        double xMin = Double.MAX_VALUE;
        double xMax = 0;
        double yMin = Double.MAX_VALUE;
        double yMax = 0;
        for (Series s : series) {
            for (double[] p : s.points()) {
                if (p[1] <= 0) {
                    continue;
                }
                xMin = Math.min(xMin, p[0]);
                xMax = Math.max(xMax, p[0]);
                yMin = Math.min(yMin, p[1]);
                yMax = Math.max(yMax, p[1]);
            }
        }
        Html h = new Html();
        h.open("figure", "class", "plot");
        h.element("figcaption", title);
        if (xMax == 0) {
            h.element("p", "No measurement to draw.");
            return h.close("figure");
        }
        if (xMax <= xMin) {
            xMax = xMin + 1;
        }
        yMin = Math.pow(10, Math.floor(Math.log10(yMin)));
        yMax = Math.pow(10, Math.ceil(Math.log10(yMax * 1.05)));
        Axis x = new Axis(Math.log(xMin), Math.log(xMax), LEFT, WIDTH - RIGHT);
        Axis y = new Axis(Math.log(yMin), Math.log(yMax), HEIGHT - BOTTOM, TOP);
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", WIDTH, "height", HEIGHT, "viewBox",
                "0 0 " + WIDTH + " " + HEIGHT, "role", "img", "aria-label", title);
        h.open("g", "class", "axis");
        for (double v : yTicks(yMin, yMax)) {
            double py = y.at(Math.log(v));
            h.empty("line", "class", "grid", "x1", LEFT, "x2", WIDTH - RIGHT, "y1", py, "y2", py);
            h.element("text", label(v), "x", LEFT - 6, "y", py + 4, "text-anchor", "end");
        }
        for (double v : xTicks(xMin, xMax)) {
            double px = x.at(Math.log(v));
            h.empty("line", "class", "grid", "x1", px, "x2", px, "y1", TOP, "y2", HEIGHT - BOTTOM);
            h.element("text", label(v), "x", px, "y", HEIGHT - BOTTOM + 16, "text-anchor", "middle");
        }
        h.empty("line", "x1", LEFT, "x2", WIDTH - RIGHT, "y1", HEIGHT - BOTTOM, "y2", HEIGHT - BOTTOM);
        h.empty("line", "x1", LEFT, "x2", LEFT, "y1", TOP, "y2", HEIGHT - BOTTOM);
        h.element("text", xLabel, "x", (LEFT + WIDTH - RIGHT) / 2.0, "y", HEIGHT - 6, "text-anchor", "middle");
        h.element("text", yLabel, "x", 14, "y", (TOP + HEIGHT - BOTTOM) / 2.0, "text-anchor", "middle",
                "transform", "rotate(-90 14 " + Html.num((TOP + HEIGHT - BOTTOM) / 2.0) + ")");
        h.close("g");
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            List<double[]> drawn = new ArrayList<>();
            for (double[] p : s.points()) {
                if (p[1] <= 0 || p[1] < yMin || p[1] > yMax) {
                    continue; // outside the window (a curve running off the top); the measured points set the window
                }
                path.append(path.length() == 0 ? "M" : "L").append(Html.num(x.at(Math.log(p[0])))).append(',')
                        .append(Html.num(y.at(Math.log(p[1]))));
                drawn.add(p);
            }
            if (path.length() == 0) {
                continue;
            }
            h.open("g", "class", s.dashed() ? "series curve" : "series measured", "data-series", s.name());
            h.element("title", s.name());
            h.empty("path", "d", path.toString(), "fill", "none", "stroke", s.colour(), "stroke-width", s.dashed() ? 1.4 : 1.8,
                    "stroke-dasharray", s.dashed() ? "6 4" : null);
            if (!s.dashed()) {
                for (double[] p : drawn) {
                    h.open("circle", "cx", x.at(Math.log(p[0])), "cy", y.at(Math.log(p[1])), "r", 2.6, "fill", s.colour());
                    h.element("title", s.name() + ": n = " + label(p[0]) + ", " + label(p[1]));
                    h.close("circle");
                }
            }
            h.close("g");
        }
        h.close("svg");
        h.open("div", "class", "legend");
        for (Series s : series) {
            h.open("span", "class", "key");
            h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", 26, "height", 12, "aria-hidden", "true");
            h.empty("line", "x1", 1, "y1", 6, "x2", 25, "y2", 6, "stroke", s.colour(), "stroke-width", 2,
                    "stroke-dasharray", s.dashed() ? "5 3" : null);
            h.close("svg");
            h.text(s.name()).close("span");
        }
        h.close("div");
        return h.close("figure");
    }

    private record Axis(double from, double to, double pixelFrom, double pixelTo) {
        double at(double v) {
            return pixelFrom + (v - from) / (to - from) * (pixelTo - pixelFrom);
        }
    }

    private static List<Double> yTicks(double lo, double hi) {
        List<Double> out = new ArrayList<>();
        for (double d = lo; d <= hi * 1.0001; d *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                if (d * m <= hi * 1.0001 && (m == 1 || hi / lo <= 1e4)) {
                    out.add(d * m);
                }
            }
        }
        return out;
    }

    private static List<Double> xTicks(double lo, double hi) {
        List<Double> out = new ArrayList<>();
        out.add(lo);
        for (double v : new double[] {4, 8, 16, 32, 64, 128, 256, 512, 1024}) {
            if (v > lo * 1.15 && v < hi / 1.15) {
                out.add(v);
            }
        }
        if (hi > lo) {
            out.add(hi);
        }
        return out;
    }

    private static String label(double v) {
        if (v >= 1e6) {
            return Html.num(v / 1e6) + "M";
        }
        if (v >= 1e4) {
            return Html.num(v / 1e3) + "k";
        }
        return Html.num(v);
    }
}
