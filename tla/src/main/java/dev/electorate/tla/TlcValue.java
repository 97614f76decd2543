package dev.electorate.tla;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A TLA+ value as TLC prints it (numbers, strings, booleans, sets, tuples, records and functions),
 * read into one canonical text, so that a value TLC dumped and the same value written by
 * {@link TlaValue} from what a Java node recorded compare equal as strings.
 *
 * <p>Canonical form: a set lists its elements sorted; a function (a record, a tuple, a
 * {@code k :> v @@ ...} function) is one thing, printed as a tuple when its domain is 1..n
 * (the empty function as {@code <<>>}), as a record when every key is a string, and as
 * {@code (k :> v @@ ...)} otherwise, keys sorted.
 */
public final class TlcValue {

    /** A parsed function: canonical key to value, in key order. */
    private record Function(TreeMap<String, Object> map) {}

    /** A parsed set: canonical elements, sorted. */
    private record SetValue(TreeSet<String> elements) {}

    private final String text;
    private int at;

    private TlcValue(String text) {
        this.text = text;
    }

    /** The canonical text of {@code tla}, a value as TLC prints it. */
    public static String canonical(String tla) {
        return print(parse(tla));
    }

    /**
     * The canonical text of each {@code f[k]}, by the canonical text of {@code k}, where {@code f} is a
     * function value (a tuple, a record or {@code k :> v @@ ...}) as TLC prints it.
     */
    public static Map<String, String> entries(String function) {
        Object v = parse(function);
        if (!(v instanceof Function f)) {
            throw new IllegalArgumentException("not a function: " + abbreviate(function));
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        f.map().forEach((k, x) -> out.put(k, print(x)));
        return out;
    }

    private static Object parse(String tla) {
        TlcValue p = new TlcValue(tla);
        Object v = p.value();
        p.space();
        if (p.at != tla.length()) {
            throw p.error("end of value");
        }
        return v;
    }

    private Object value() {
        Object first = term();
        space();
        if (!text.startsWith(":>", at)) {
            return first;
        }
        // k :> v @@ k :> v ...: a function written pair by pair.
        TreeMap<String, Object> map = new TreeMap<>(TlcValue::compareKeys);
        while (true) {
            expect(":>");
            map.put(print(first), term());
            space();
            if (!text.startsWith("@@", at)) {
                return new Function(map);
            }
            expect("@@");
            first = term();
            space();
        }
    }

    private Object term() {
        space();
        if (at >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(at);
        if (c == '"') {
            StringBuilder s = new StringBuilder("\"");
            at++;
            while (text.charAt(at) != '"') {
                if (text.charAt(at) == '\\') {
                    s.append(text.charAt(at++));
                }
                s.append(text.charAt(at++));
            }
            at++;
            return s.append('"').toString();
        }
        if (c == '-' || Character.isDigit(c)) {
            int begin = at++;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            return Long.parseLong(text.substring(begin, at));
        }
        if (text.startsWith("TRUE", at)) {
            at += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("FALSE", at)) {
            at += 5;
            return Boolean.FALSE;
        }
        if (c == '(') {
            at++;
            Object v = value();
            expect(")");
            return v;
        }
        if (c == '{') {
            at++;
            TreeSet<String> elements = new TreeSet<>();
            for (Object e : list("}")) {
                elements.add(print(e));
            }
            return new SetValue(elements);
        }
        if (text.startsWith("<<", at)) {
            at += 2;
            List<Object> items = list(">>");
            TreeMap<String, Object> map = new TreeMap<>(TlcValue::compareKeys);
            for (int i = 0; i < items.size(); i++) {
                map.put(Integer.toString(i + 1), items.get(i));
            }
            return new Function(map);
        }
        if (c == '[') {
            at++;
            TreeMap<String, Object> map = new TreeMap<>(TlcValue::compareKeys);
            space();
            if (text.charAt(at) == ']') {
                at++;
                return new Function(map);
            }
            while (true) {
                space();
                int begin = at;
                while (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_') {
                    at++;
                }
                String field = text.substring(begin, at);
                expect("|->");
                map.put('"' + field + '"', value());
                space();
                if (text.charAt(at) == ']') {
                    at++;
                    return new Function(map);
                }
                expect(",");
            }
        }
        throw error("a value");
    }

    private List<Object> list(String close) {
        List<Object> items = new ArrayList<>();
        space();
        if (text.startsWith(close, at)) {
            at += close.length();
            return items;
        }
        while (true) {
            items.add(value());
            space();
            if (text.startsWith(close, at)) {
                at += close.length();
                return items;
            }
            expect(",");
        }
    }

    private void expect(String token) {
        space();
        if (!text.startsWith(token, at)) {
            throw error("'" + token + "'");
        }
        at += token.length();
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String wanted) {
        return new IllegalArgumentException("expected " + wanted + " at character " + at + " of the TLA+ value "
                + abbreviate(text));
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    /** Numbers in numeric order before everything else, which is in text order. */
    private static int compareKeys(String a, String b) {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> Character.isDigit(ch) || ch == '-') && s.length() < 18;
    }

    private static String print(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Long || v instanceof Boolean) {
            return v instanceof Boolean b ? (b ? "TRUE" : "FALSE") : v.toString();
        }
        if (v instanceof SetValue set) {
            return "{" + String.join(", ", set.elements()) + "}";
        }
        Map<String, Object> map = ((Function) v).map();
        boolean tuple = true;
        int i = 1;
        for (String k : map.keySet()) {
            if (!k.equals(Integer.toString(i++))) {
                tuple = false;
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        if (tuple) {
            out.append("<<");
            map.values().forEach(x -> out.append(out.length() > 2 ? ", " : "").append(print(x)));
            return out.append(">>").toString();
        }
        boolean record = map.keySet().stream().allMatch(k -> k.matches("\"[A-Za-z][A-Za-z0-9_]*\""));
        out.append(record ? "[" : "(");
        boolean first = true;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            out.append(first ? "" : record ? ", " : " @@ ");
            first = false;
            String k = e.getKey();
            out.append(record ? k.substring(1, k.length() - 1) + " |-> " : k + " :> ").append(print(e.getValue()));
        }
        return out.append(record ? "]" : ")").toString();
    }
}
