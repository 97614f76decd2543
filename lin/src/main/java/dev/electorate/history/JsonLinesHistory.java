package dev.electorate.history;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes histories as JSON Lines: one operation a line, an object with the keys
 * {@code index}, {@code time}, {@code process}, {@code type}, {@code f}, {@code value}, {@code error}
 * (other keys are skipped; {@code index} and {@code time} may be left out). Entries whose
 * {@code process} is not an integer (a nemesis) are left out and counted.
 */
public final class JsonLinesHistory {
    private static final Notation JSON = new Notation("null", ",", ",", ":", "[", "]", true, JsonLinesHistory::appendText);

    /** How deep objects and arrays may nest: far beyond any history, and well within the reader's stack. */
    static final int MAX_DEPTH = 1000;

    private JsonLinesHistory() {}

    /** Parses {@code text} read from {@code source} into a validated history. */
    public static History read(String source, String text) {
        Entries entries = new Entries();
        String[] rows = text.split("\n", -1);
        for (int r = 0; r < rows.length; r++) {
            String row = rows[r].strip();
            int line = r + 1;
            if (row.isEmpty()) {
                continue;
            }
            Parser p = new Parser(source, line, row);
            Object parsed = p.value();
            p.skipSpace();
            if (!p.atEnd()) {
                throw p.error("the end of the line after the operation object");
            }
            if (!(parsed instanceof Map<?, ?> m)) {
                throw new HistoryFormatException(source, line, "expected one operation object {\"process\":..,\"type\":..,\"f\":..} per line");
            }
            if (!m.containsKey("process")) {
                throw new HistoryFormatException(source, line, "expected a \"process\" key in the operation object");
            }
            if (m.get("process") instanceof BigInteger huge) {
                throw new HistoryFormatException(source, line, "expected \"process\" to be an integer of 64 bits at most,"
                        + " found " + huge + "; number the processes from 0");
            }
            if (!(m.get("process") instanceof Long process)) {
                entries.exclude();
                continue;
            }
            OpType type = OpType.byJepsenName(m.get("type"));
            if (type == null) {
                throw new HistoryFormatException(source, line, "expected \"type\" to be \"invoke\", \"ok\", \"fail\" or \"info\", found " + show(m.get("type")));
            }
            if (!(m.get("f") instanceof String f)) {
                throw new HistoryFormatException(source, line, "expected \"f\" to be a string such as \"read\", found " + show(m.get("f")));
            }
            Object error = m.get("error");
            entries.add(line, m.get("index"), m.get("time"), process, type, f, m.get("value"),
                    error == null ? null : error instanceof String s ? s : write(error));
        }
        return entries.history(source);
    }

    private static String show(Object o) {
        return o == null ? "nothing" : write(o);
    }

    /** The history as JSON Lines, keys in a fixed order, {@code time} left out when unknown. */
    public static String write(History history) {
        return write(history.ops());
    }

    /** The entries as JSON Lines. */
    public static String write(List<Op> ops) {
        return JSON.write(ops);
    }

    /** One value as JSON: maps become objects with their keys as strings, sets become arrays. */
    public static String write(Object value) {
        return JSON.write(value);
    }

    private static void appendText(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** A minimal JSON reader for one line. */
    private static final class Parser {
        private final String source;
        private final int line;
        private final String s;
        private int i;
        private int depth;

        Parser(String source, int line, String text) {
            this.source = source;
            this.line = line;
            this.s = text;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        HistoryFormatException error(String expected) {
            String found = atEnd() ? "the end of the line" : "'" + s.charAt(i) + "' at column " + (i + 1);
            return new HistoryFormatException(source, line, "expected " + expected + ", found " + found);
        }

        void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private void expect(char c) {
            skipSpace();
            if (atEnd() || s.charAt(i) != c) {
                throw error("'" + c + "'");
            }
            i++;
        }

        Object value() {
            skipSpace();
            if (atEnd()) {
                throw error("a JSON value");
            }
            char c = s.charAt(i);
            if ((c == '{' || c == '[') && ++depth > MAX_DEPTH) {
                throw new HistoryFormatException(source, line, "expected values nested at most " + MAX_DEPTH
                        + " deep, found deeper nesting at column " + (i + 1));
            }
            if (c == '{') {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                skipSpace();
                if (!atEnd() && s.charAt(i) == '}') {
                    i++;
                    depth--;
                    return Collections.unmodifiableMap(m);
                }
                while (true) {
                    skipSpace();
                    if (atEnd() || s.charAt(i) != '"') {
                        throw error("a key in double quotes");
                    }
                    String key = string();
                    expect(':');
                    m.put(key, value());
                    skipSpace();
                    if (!atEnd() && s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect('}');
                        depth--;
                        return Collections.unmodifiableMap(m);
                    }
                }
            }
            if (c == '[') {
                i++;
                List<Object> l = new ArrayList<>();
                skipSpace();
                if (!atEnd() && s.charAt(i) == ']') {
                    i++;
                    depth--;
                    return Collections.unmodifiableList(l);
                }
                while (true) {
                    l.add(value());
                    skipSpace();
                    if (!atEnd() && s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect(']');
                        depth--;
                        return Collections.unmodifiableList(l);
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (c == '-' || Character.isDigit(c)) {
                int start = i++;
                while (i < s.length() && "0123456789.eE+-".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                String n = s.substring(start, i);
                try {
                    return Long.parseLong(n);
                } catch (NumberFormatException notLong) {
                    if (n.matches("-?[0-9]+")) {
                        return new BigInteger(n); // exact: two integers beyond 64 bits must not round to one double
                    }
                    try {
                        return Double.parseDouble(n);
                    } catch (NumberFormatException notNumber) {
                        i = start;
                        throw error("a number");
                    }
                }
            }
            throw error("a JSON value (object, array, string, number, true, false or null)");
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                if (atEnd()) {
                    throw error("a closing '\"'");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (atEnd()) {
                    throw error("an escaped character");
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw error("four hex digits after \\u");
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("four hex digits after \\u");
                        }
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }
    }
}
