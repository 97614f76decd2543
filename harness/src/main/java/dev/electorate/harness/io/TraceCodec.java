package dev.electorate.harness.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Envelope;
import dev.electorate.spec.GenericMessage;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads traces as JSON Lines: a header line, then one step a line (docs/formats.md).
 * Keys are sorted, so the same trace always gives the same bytes.
 */
public final class TraceCodec {

    private TraceCodec() {}

    public static String write(Trace trace) {
        StringBuilder out = new StringBuilder();
        try {
            out.append(Json.MAPPER.writeValueAsString(Map.of("header", header(trace.header())))).append('\n');
            for (Step step : trace.steps()) {
                out.append(Json.MAPPER.writeValueAsString(step(step))).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a trace value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        return out.toString();
    }

    public static void write(Trace trace, Path file) {
        try {
            Files.writeString(file, write(trace), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write trace " + file, e);
        }
    }

    /** SHA-256 of the trace's bytes, to tell a replay identical to its original. */
    public static String digest(Trace trace) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(write(trace).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> header(TraceHeader h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("algorithm", h.algorithm());
        m.put("mutant", h.mutant());
        m.put("members", h.cluster().members());
        m.put("seed", h.seed());
        m.put("faultClass", h.faultClass());
        m.put("healedAt", h.healedAt());
        m.put("terminationBound", h.terminationBound());
        m.put("horizon", h.horizon());
        return m;
    }

    private static Map<String, Object> step(Step s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("i", s.index());
        m.put("t", s.time());
        m.put("kind", s.kind().name());
        m.put("node", s.node());
        m.put("action", s.action());
        if (s.from() != 0) {
            m.put("from", s.from());
        }
        if (s.message() != null) {
            m.put("msg", message(s.message()));
        }
        if (s.timer() != null) {
            m.put("timer", s.timer());
        }
        if (!s.sent().isEmpty()) {
            List<Object> sent = new ArrayList<>();
            for (Envelope e : s.sent()) {
                sent.add(Map.of("to", e.to(), "msg", message(e.message())));
            }
            m.put("sent", sent);
        }
        if (!s.vars().isEmpty()) {
            m.put("vars", canonical(s.vars()));
        }
        m.put("role", s.role().name());
        m.put("leader", s.leader());
        m.put("term", s.term());
        m.put("up", s.up());
        if (s.detail() != null) {
            m.put("detail", s.detail());
        }
        return m;
    }

    /**
     * Sets become sorted lists and maps sorted maps, so that a node handing over a HashSet or
     * Set.of (whose order can differ between JVMs) still gives the same bytes.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object canonical(Object value) {
        if (value instanceof java.util.Set<?> set) {
            List<Object> items = new ArrayList<>();
            for (Object o : set) {
                items.add(canonical(o));
            }
            items.sort((a, b) -> a instanceof Comparable ca && b != null && a.getClass() == b.getClass()
                    ? ca.compareTo(b) : String.valueOf(a).compareTo(String.valueOf(b)));
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new java.util.TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (Object o : list) {
                items.add(canonical(o));
            }
            return items;
        }
        return value;
    }

    private static Map<String, Object> message(Message message) {
        Map<String, Object> m = new java.util.TreeMap<>();
        message.fields().forEach((k, v) -> m.put(k, canonical(v)));
        m.put("type", message.type());
        return m;
    }

    /** Reads a trace written by {@link #write(Trace)}; errors name the file and line. */
    public static Trace read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read trace " + file + ": " + e.getMessage());
        }
        if (lines.isEmpty()) {
            throw new BadInputException(file + ": empty file; a trace starts with a {\"header\": ...} line");
        }
        TraceHeader header;
        List<Step> steps = new ArrayList<>();
        try {
            JsonNode h = Json.MAPPER.readTree(lines.get(0)).get("header");
            if (h == null) {
                throw new BadInputException(file + ":1: the first line must be {\"header\": {...}}");
            }
            header = new TraceHeader(h.path("algorithm").asText(),
                    h.path("mutant").isNull() ? null : h.path("mutant").asText(null),
                    new Cluster(Json.MAPPER.convertValue(h.get("members"), new TypeReference<List<Integer>>() {})),
                    h.path("seed").asLong(), h.path("faultClass").asText(), h.path("healedAt").asLong(),
                    h.path("terminationBound").asLong(), h.path("horizon").asLong());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadInputException(file + ":1: not a trace header: " + e.getMessage());
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                steps.add(readStep(Json.MAPPER.readTree(lines.get(i))));
            } catch (JsonProcessingException | RuntimeException e) {
                throw new BadInputException(file + ":" + (i + 1) + ": not a trace step: " + e.getMessage());
            }
        }
        return new Trace(header, steps);
    }

    private static Step readStep(JsonNode n) {
        int node = n.get("node").asInt();
        List<Envelope> sent = new ArrayList<>();
        for (JsonNode e : n.path("sent")) {
            sent.add(new Envelope(node, e.get("to").asInt(), readMessage(e.get("msg"))));
        }
        Map<String, Object> vars = n.has("vars")
                ? Json.MAPPER.convertValue(n.get("vars"), new TypeReference<LinkedHashMap<String, Object>>() {})
                : Map.of();
        return new Step(n.get("i").asLong(), n.get("t").asLong(), Step.Kind.valueOf(n.get("kind").asText()), node,
                n.get("action").asText(), n.path("from").asInt(0), n.has("msg") ? readMessage(n.get("msg")) : null,
                n.has("timer") ? n.get("timer").asText() : null, sent, vars, Role.valueOf(n.get("role").asText()),
                n.get("leader").asInt(), n.get("term").asLong(), n.get("up").asBoolean(),
                n.has("detail") ? n.get("detail").asText() : null);
    }

    private static Message readMessage(JsonNode m) {
        Map<String, Object> fields = Json.MAPPER.convertValue(m, new TypeReference<LinkedHashMap<String, Object>>() {});
        Object type = fields.remove("type");
        return new GenericMessage(String.valueOf(type), fields);
    }
}
