package dev.electorate.harness.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names and encodings of the external node protocol (docs/protocol.md), shared by the harness
 * side ({@link ProcessNode}) and the Java node side ({@link ProtocolNodeMain}).
 */
public final class Protocol {

    /** The address of the harness: where a node sends timer, record, persist, random and done requests. */
    public static final String HARNESS = "electorate";

    /** Keeps insertion order, so a line reads src, dest, now, body, as the protocol page shows it. */
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Protocol() {}

    /** The protocol's name of node {@code id}: {@code n3}. */
    public static String nodeName(int id) {
        return "n" + id;
    }

    /** The id of a node name, or -1 when it is not of the form {@code n<positive integer>}. */
    public static int nodeId(String name) {
        if (name == null || name.length() < 2 || name.charAt(0) != 'n') {
            return -1;
        }
        try {
            int id = Integer.parseInt(name.substring(1));
            return id > 0 ? id : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The members' names in ring order. */
    static List<String> names(Cluster cluster) {
        return cluster.members().stream().map(Protocol::nodeName).toList();
    }

    /** The protocol's name of a role: {@code leader}. */
    static String roleName(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** The role of a protocol name, or null when it names none. */
    static Role role(String name) {
        for (Role r : Role.values()) {
            if (roleName(r).equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** One line: {@code {"src","dest","now"?,"body"}}. */
    static String line(String src, String dest, Long now, Map<String, Object> body) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("src", src);
        line.put("dest", dest);
        if (now != null) {
            line.put("now", now);
        }
        line.put("body", body);
        try {
            return MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode a protocol line with body " + body + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** A body of the given type and fields, type first. */
    static Map<String, Object> body(String type, Object... keyValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    /** A JSON value as plain Java: Integer, Long, Double, String, Boolean, List, Map or null. */
    static Object plain(JsonNode value) {
        return value == null || value.isNull() ? null : MAPPER.convertValue(value, Object.class);
    }

    /** The fields of a JSON object, in order, as plain Java values. */
    static Map<String, Object> fields(JsonNode object, String... skip) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> skipped = List.of(skip);
        var it = object.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!skipped.contains(e.getKey())) {
                fields.put(e.getKey(), plain(e.getValue()));
            }
        }
        return fields;
    }

    /** The ids a JSON array of node names stands for, or null when one is not a node name. */
    static List<Integer> ids(JsonNode names) {
        if (names == null || !names.isArray()) {
            return null;
        }
        List<Integer> ids = new ArrayList<>();
        for (JsonNode n : names) {
            int id = nodeId(n.asText());
            if (!n.isTextual() || id < 0) {
                return null;
            }
            ids.add(id);
        }
        return ids;
    }
}
