package dev.electorate.tla;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes the values a node records (see Context.record) as TLA+ expressions. */
public final class TlaValue {

    private TlaValue() {}

    public static String of(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("a recorded value is null; TLA+ has no null");
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TlaValue::of).collect(Collectors.joining(", ", "<<", ">>"));
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(TlaValue::of).collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(TlaValue::of).collect(Collectors.joining(", ", "<<", ">>"));
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "<<>>"; // the empty function: a record with no fields
            }
            return map.entrySet().stream()
                    .map(e -> identifier(e.getKey()) + " |-> " + of(e.getValue()))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName()
                + " as TLA+; record Integer, Long, String, Boolean, List, SortedSet or Map values");
    }

    private static String identifier(Object key) {
        String k = String.valueOf(key);
        if (!k.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("record field '" + k + "' is not a TLA+ identifier");
        }
        return k;
    }
}
