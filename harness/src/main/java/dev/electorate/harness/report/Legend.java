package dev.electorate.harness.report;

/** The keys to the page's colours: verdicts for the matrix, roles, faults and messages for timelines. */
final class Legend {
    private Legend() {}

    static Html verdicts() {
        Html h = new Html();
        h.open("div", "class", "legend");
        for (String[] v : new String[][] {{"holds", "holds: no run broke a property"},
                {"violated-expected", "violated-expected: outside the algorithm's assumptions"},
                {"violated-unexpected", "violated-unexpected: a bug (exit status 1)"}}) {
            h.open("span", "class", "key").open("i", "class", "v-" + v[0]).close("i").text(v[1]).close("span");
        }
        h.close("div");
        return h;
    }

    static Html timeline() {
        Html h = new Html();
        h.open("div", "class", "legend");
        for (String role : new String[] {"idle", "follower", "candidate", "leader"}) {
            swatch(h, "rect", "role " + role, role.toUpperCase(java.util.Locale.ROOT));
        }
        swatch(h, "rect", "node-fault down", "crashed");
        swatch(h, "rect", "node-fault paused", "paused");
        swatch(h, "rect", "strip partition", "partition");
        swatch(h, "rect", "strip loss", "loss");
        swatch(h, "line", "msg received", "message");
        swatch(h, "line", "msg lost", "lost");
        swatch(h, "line", "msg in-flight", "in flight at the end");
        swatch(h, "violation", "violation-line", "violating step");
        h.close("div");
        return h;
    }

    private static void swatch(Html h, String shape, String cssClass, String label) {
        h.open("span", "class", "key");
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", 24, "height", 14, "aria-hidden", "true");
        switch (shape) {
            case "rect" -> h.empty("rect", "class", cssClass, "x", 1, "y", 2, "width", 22, "height", 10);
            case "line" -> h.empty("line", "class", cssClass, "x1", 1, "y1", 7, "x2", 20, "y2", 7,
                    "marker-end", cssClass.endsWith("received") ? "url(#el-arrow)" : cssClass.endsWith("lost")
                            ? "url(#el-lost)" : null);
            default -> h.empty("line", "class", cssClass, "x1", 12, "y1", 0, "x2", 12, "y2", 14);
        }
        h.close("svg");
        h.text(label).close("span");
    }
}
