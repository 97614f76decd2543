package dev.electorate.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.io.Json;
import dev.electorate.history.History;
import dev.electorate.history.JsonLinesHistory;
import dev.electorate.history.Op;
import dev.electorate.history.OpType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code index.html} of a {@code validate} folder: the figures of {@code results.json} overall and per
 * kind of fault, and per run the clients' beliefs drawn as tenure bars on one lane per client process
 * (overlaps in red), followed by the run's text timeline.
 */
public final class ValidationPage {
    private ValidationPage() {}

    private static final int LANE = 26;
    private static final int LEFT = 90;
    private static final int WIDTH = 900;

    /** One belief of leadership: a client process believed it led with {@code token} from {@code from} to {@code to} (ns). */
    record Tenure(long process, Object token, long from, long to) {}

    /** Writes {@code dir/index.html} from what the validator left in {@code dir}; returns its path. */
    public static Path write(Path dir) throws IOException {
        JsonNode results = Json.MAPPER.readTree(dir.resolve("results.json").toFile());
        Html h = Pages.begin("electorate validate " + results.path("service").asText(), "");
        h.element("h1", "Validation of " + results.path("service").asText() + " (" + results.path("recipe").asText() + ")");
        h.element("p", results.path("fencedSafety").asBoolean()
                ? "Fenced safety held: the fenced resource never accepted two interleaved tenures or a token twice."
                : "Fenced safety did NOT hold: see the violations below and in each run's timeline.");
        figures(h, results);
        List<Path> runs;
        try (Stream<Path> s = Files.list(dir)) {
            runs = s.filter(p -> p.getFileName().toString().startsWith("run-") && Files.isDirectory(p))
                    .sorted((a, b) -> Integer.compare(runNumber(a), runNumber(b))).toList();
        }
        for (Path run : runs) {
            h.open("section");
            h.element("h2", run.getFileName().toString());
            Path beliefs = run.resolve("beliefs.jsonl");
            if (Files.isRegularFile(beliefs)) {
                History history = JsonLinesHistory.read(beliefs.toString(), Files.readString(beliefs, StandardCharsets.UTF_8));
                h.append(lanes(tenures(history.ops()), results.path("clients").asInt(0)));
            }
            Path timeline = run.resolve("timeline.txt");
            if (Files.isRegularFile(timeline)) {
                h.open("pre").text(Files.readString(timeline, StandardCharsets.UTF_8)).close("pre");
            }
            h.close("section");
        }
        return Pages.write(dir.resolve("index.html"), Pages.end(h));
    }

    private static int runNumber(Path p) {
        try {
            return Integer.parseInt(p.getFileName().toString().substring(4));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static void figures(Html h, JsonNode r) {
        h.open("table");
        h.open("tr");
        for (String head : List.of("fault", "faults", "belief overlaps", "failovers", "failover median (ms)", "failover p99 (ms)")) {
            h.element("th", head);
        }
        h.close("tr");
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("byFault").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            row(h, e.getKey(), e.getValue());
        }
        row(h, "all", r);
        h.close("table");
        h.element("p", "runs " + r.path("runs").asText() + ", leaderships " + r.path("leaderships").asText()
                + ", stale writes rejected " + r.path("staleWrites").asText() + ", fencing violations " + r.path("violations").asText());
    }

    private static void row(Html h, String name, JsonNode f) {
        h.open("tr").element("td", name);
        for (String key : List.of("faults", "beliefOverlaps", "failovers", "failoverMedianMs", "failoverP99Ms")) {
            h.element("td", f.path(key).asText());
        }
        h.close("tr");
    }

    /** Pairs each granted acquire with the release that ends it (or the end of the history). */
    static List<Tenure> tenures(List<Op> ops) {
        Map<Long, Op> open = new TreeMap<>();
        List<Tenure> out = new ArrayList<>();
        long end = ops.stream().mapToLong(Op::time).max().orElse(0);
        for (Op op : ops) {
            if (op.f().equals("acquire") && op.type() == OpType.OK) {
                open.put(op.process(), op);
            } else if (op.f().equals("release") && op.type() != OpType.INVOKE) {
                Op began = open.remove(op.process());
                if (began != null) {
                    out.add(new Tenure(op.process(), began.value(), began.time(), op.time()));
                }
            }
        }
        open.values().forEach(b -> out.add(new Tenure(b.process(), b.value(), b.time(), end)));
        return out;
    }

    /**
     * The name of the client of history process {@code process}: c0, c1... as the timeline's events name
     * them (the validator gives a client a fresh process per tenure, client + clients × attempt); the
     * process itself when the number of clients is unknown (a results.json older than it).
     */
    static String client(long process, int clients) {
        return clients > 0 ? "c" + process % clients : "process " + process;
    }

    /**
     * One lane per client, a bar per tenure, red where another client's tenure overlaps it; {@code clients}
     * is the number of clients, or 0 when unknown.
     */
    static Html lanes(List<Tenure> tenures, int clients) {
        Html svg = new Html();
        if (tenures.isEmpty()) {
            return svg.element("p", "No client believed it led in this run.");
        }
        List<Long> processes = tenures.stream().map(t -> clients > 0 ? t.process() % clients : t.process()).distinct()
                .sorted().toList();
        java.util.function.ToLongFunction<Tenure> lane = t -> clients > 0 ? t.process() % clients : t.process();
        long t0 = tenures.stream().mapToLong(Tenure::from).min().orElse(0);
        long t1 = Math.max(t0 + 1, tenures.stream().mapToLong(Tenure::to).max().orElse(1));
        double scale = (WIDTH - LEFT - 10) / (double) (t1 - t0);
        int height = LANE * processes.size() + 24;
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", WIDTH, "height", height,
                "role", "img", "aria-label", "tenures per client process");
        for (int i = 0; i < processes.size(); i++) {
            int y = i * LANE + 4;
            svg.element("text", clients > 0 ? "c" + processes.get(i) : "process " + processes.get(i), "x", 4, "y", y + 15,
                    "font-size", 12);
            svg.empty("line", "x1", LEFT, "x2", WIDTH - 10, "y1", y + LANE / 2, "y2", y + LANE / 2, "stroke", "#ddd");
        }
        for (Tenure t : tenures) {
            int y = processes.indexOf(lane.applyAsLong(t)) * LANE + 8;
            double x = LEFT + (t.from() - t0) * scale;
            double w = Math.max(1.5, (t.to() - t.from()) * scale);
            svg.open("rect", "x", Html.num(x), "y", y, "width", Html.num(w), "height", LANE - 10, "fill", "#4a7bd0")
                    .element("title", client(t.process(), clients) + " led with token " + t.token() + " from "
                            + ms(t.from() - t0) + " to " + ms(t.to() - t0))
                    .close("rect");
            for (Tenure other : tenures) {
                long from = Math.max(t.from(), other.from());
                long to = Math.min(t.to(), other.to());
                if (lane.applyAsLong(other) != lane.applyAsLong(t) && from < to) {
                    svg.empty("rect", "x", Html.num(LEFT + (from - t0) * scale), "y", y,
                            "width", Html.num(Math.max(1.5, (to - from) * scale)), "height", LANE - 10, "fill", "#d03030");
                }
            }
            svg.element("text", "token " + t.token(), "x", Html.num(x + 2), "y", y + 12, "font-size", 10, "fill", "#fff");
        }
        svg.element("text", "0 ms", "x", LEFT, "y", height - 4, "font-size", 10);
        svg.element("text", ms(t1 - t0), "x", WIDTH - 70, "y", height - 4, "font-size", 10);
        return svg.close("svg");
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
