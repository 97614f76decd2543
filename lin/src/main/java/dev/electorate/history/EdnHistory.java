package dev.electorate.history;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes histories in Jepsen's and Knossos's EDN: one vector or list of operation maps, or
 * operation maps one after another (one a line, as Jepsen's {@code history.edn}). Keys other than
 * {@code :index :time :process :type :f :value :error} are skipped whatever they hold; entries whose
 * {@code :process} is not an integer ({@code :nemesis}) are left out and counted.
 *
 * <p>Values become {@code null}, {@link Long}, {@link Boolean}, {@link Double}, {@link String} (keywords
 * lose their colon, so {@code :a} and {@code "a"} read alike) and immutable lists (vectors and lists);
 * maps and sets in a value become immutable maps and sets. A tagged literal such as
 * {@code #inst "..."} reads as its value.
 */
public final class EdnHistory {
    private static final Notation EDN = new Notation("nil", " ", ", ", " ", "#{", "}", false, EdnHistory::appendText);

    /** How deep forms may nest: far beyond any history, and well within the reader's stack. */
    static final int MAX_DEPTH = 1000;

    private EdnHistory() {}

    /** A keyword while parsing, so {@code :type :ok} and {@code "ok"} can be told apart where it matters. */
    private record Keyword(String name) {
        @Override
        public String toString() {
            return ":" + name;
        }

        // Written out, not the record's own: those are bootstrapped through method handles the first time
        // they run, which every short lin process would pay for keys it looks up seven times an entry.
        @Override
        public boolean equals(Object o) {
            return o instanceof Keyword k && k.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    // The keys of an operation map, looked up once per entry.
    private static final Keyword PROCESS = new Keyword("process");
    private static final Keyword TYPE = new Keyword("type");
    private static final Keyword F = new Keyword("f");
    private static final Keyword ERROR = new Keyword("error");
    private static final Keyword INDEX = new Keyword("index");
    private static final Keyword TIME = new Keyword("time");
    private static final Keyword VALUE = new Keyword("value");

    /** A symbol ({@code foo}) while parsing; kept apart from strings for error messages. */
    private record Symbol(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A parsed map with the line where it opened. */
    private record MapForm(Map<Object, Object> entries, int line) {}

    /** Parses {@code text} read from {@code source} into a validated history. */
    public static History read(String source, String text) {
        Parser p = new Parser(source, text);
        List<MapForm> maps = new ArrayList<>();
        p.skipSpace();
        while (!p.atEnd()) {
            int line = p.line;
            Object form = p.value();
            if (form instanceof MapForm m) {
                maps.add(m);
            } else if (form instanceof List<?> items) {
                for (Object item : items) {
                    if (!(item instanceof MapForm m)) {
                        throw new HistoryFormatException(source, line, "expected operation maps {:process .. :type .. :f ..} in the vector, found " + describe(item));
                    }
                    maps.add(m);
                }
            } else {
                throw new HistoryFormatException(source, line, "expected an operation map or a vector of them, found " + describe(form));
            }
            p.skipSpace();
        }
        Entries entries = new Entries();
        for (MapForm m : maps) {
            Map<Object, Object> e = m.entries();
            Object process = e.get(PROCESS);
            if (process instanceof BigInteger huge) {
                throw new HistoryFormatException(source, m.line(), "expected :process to be an integer of 64 bits at"
                        + " most, found " + huge + "; number the processes from 0");
            }
            if (!(process instanceof Long)) {
                if (process == null && !e.containsKey(PROCESS)) {
                    throw new HistoryFormatException(source, m.line(), "expected a :process key in the operation map");
                }
                entries.exclude();
                continue;
            }
            OpType type = type(source, m.line(), e.get(TYPE));
            Object f = e.get(F);
            if (!(f instanceof Keyword || f instanceof String || f instanceof Symbol)) {
                throw new HistoryFormatException(source, m.line(), "expected :f to be a keyword such as :read, found " + describe(f));
            }
            Object error = e.get(ERROR);
            entries.add(m.line(), e.get(INDEX), e.get(TIME), (Long) process, type, name(f),
                    plain(e.get(VALUE)), error == null ? null : (error instanceof Keyword k ? k.name()
                    : error instanceof String s ? s : write(plain(error))));
        }
        return entries.history(source);
    }

    private static OpType type(String source, int line, Object t) {
        OpType type = t instanceof Keyword || t instanceof String ? OpType.byJepsenName(name(t)) : null;
        if (type != null) {
            return type;
        }
        throw new HistoryFormatException(source, line, "expected :type to be :invoke, :ok, :fail or :info, found " + describe(t));
    }

    private static String name(Object o) {
        return o instanceof Keyword k ? k.name() : o instanceof Symbol s ? s.name() : (String) o;
    }

    private static String describe(Object o) {
        if (o == null) {
            return "nil";
        }
        if (o instanceof MapForm) {
            return "a map";
        }
        if (o instanceof List) {
            return "a vector";
        }
        return o instanceof String s ? '"' + s + '"' : o.toString();
    }

    // Parsed forms to Op values: keywords lose their colon, maps lose their line.
    private static Object plain(Object o) {
        if (o instanceof Keyword k) {
            return k.name();
        }
        if (o instanceof Symbol s) {
            return s.name();
        }
        if (o instanceof MapForm m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> out.put(plain(k), plain(v)));
            return Collections.unmodifiableMap(out);
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object x : l) {
                out.add(plain(x));
            }
            return Collections.unmodifiableList(out);
        }
        if (o instanceof java.util.Set<?> s) {
            LinkedHashSet<Object> out = new LinkedHashSet<>();
            for (Object x : s) {
                out.add(plain(x));
            }
            return Collections.unmodifiableSet(out);
        }
        return o;
    }

    /** The history as EDN, one operation map a line, in the order and with the indices it has. */
    public static String write(History history) {
        return write(history.ops());
    }

    /** The entries as EDN, one operation map a line. */
    public static String write(List<Op> ops) {
        return EDN.write(ops);
    }

    /** One value in EDN; strings that are valid keyword names are written as keywords. */
    public static String write(Object value) {
        return EDN.write(value);
    }

    private static void appendText(StringBuilder b, String s) {
        if (isKeywordName(s)) {
            b.append(':').append(s);
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        b.append('"');
    }

    private static boolean isKeywordName(String s) {
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isSymbolChar(s.charAt(i)) || s.charAt(i) == ':' && i == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSymbolChar(char c) {
        return Character.isLetterOrDigit(c) || "*+!-_?<>=./'&%$:#".indexOf(c) >= 0;
    }

    /** A small recursive-descent reader for the EDN that histories use. */
    private static final class Parser {
        private final String source;
        private final String s;
        private int i;
        private int depth;
        int line = 1;

        Parser(String source, String text) {
            this.source = source;
            this.s = text;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        HistoryFormatException error(String expected) {
            String found = atEnd() ? "the end of the input" : "'" + s.charAt(i) + "'";
            return new HistoryFormatException(source, line, "expected " + expected + ", found " + found);
        }

        void skipSpace() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (Character.isWhitespace(c) || c == ',') {
                    i++;
                } else if (c == ';') {
                    while (i < s.length() && s.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '#' && i + 1 < s.length() && s.charAt(i + 1) == '_') {
                    i += 2;
                    skipSpace();
                    value();
                } else {
                    return;
                }
            }
        }

        Object value() {
            skipSpace();
            if (atEnd()) {
                throw error("a value");
            }
            if (++depth > MAX_DEPTH) {
                throw new HistoryFormatException(source, line, "expected forms nested at most " + MAX_DEPTH
                        + " deep, found deeper nesting");
            }
            try {
                return form();
            } finally {
                depth--;
            }
        }

        private Object form() {
            char c = s.charAt(i);
            switch (c) {
                case '[', '(' -> {
                    i++;
                    return Collections.unmodifiableList(sequence(c == '[' ? ']' : ')'));
                }
                case '{' -> {
                    int opened = line;
                    i++;
                    return new MapForm(map(opened), opened);
                }
                case '"' -> {
                    return string();
                }
                case ':' -> {
                    i++;
                    int start = i;
                    skipToken();
                    if (i == start) {
                        throw error("a keyword name after ':'");
                    }
                    return keyword(start, i);
                }
                case '\\' -> {
                    i++;
                    String name = token();
                    if (name.isEmpty() && !atEnd()) {
                        name = String.valueOf(s.charAt(i++));
                    }
                    return name.length() == 1 ? name : switch (name) {
                        case "newline" -> "\n";
                        case "space" -> " ";
                        case "tab" -> "\t";
                        default -> name;
                    };
                }
                case '#' -> {
                    i++;
                    if (!atEnd() && s.charAt(i) == '{') {
                        i++;
                        return new LinkedHashSet<>(sequence('}'));
                    }
                    String tag = token();
                    if (tag.isEmpty()) {
                        throw error("a tag, a set #{...} or a discard #_ after '#'");
                    }
                    return value(); // a tagged literal reads as its value
                }
                case ')', ']', '}' -> throw error("a value");
                default -> {
                    return atom();
                }
            }
        }

        private List<Object> sequence(char close) {
            int opened = line;
            List<Object> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (atEnd()) {
                    throw new HistoryFormatException(source, opened, "expected '" + close + "' to close what was opened on this line, found the end of the input");
                }
                if (s.charAt(i) == close) {
                    i++;
                    return items;
                }
                char c = s.charAt(i);
                if (c == ')' || c == ']' || c == '}') {
                    throw error("'" + close + "'");
                }
                items.add(value());
            }
        }

        /** The pairs of a map opened on line {@code opened}, its '{' read, into a map as they come. */
        private Map<Object, Object> map(int opened) {
            Map<Object, Object> m = new LinkedHashMap<>();
            int forms = 0;
            Object key = null;
            while (true) {
                skipSpace();
                if (atEnd()) {
                    throw new HistoryFormatException(source, opened, "expected '}' to close what was opened on this line, found the end of the input");
                }
                char c = s.charAt(i);
                if (c == '}') {
                    i++;
                    if (forms % 2 != 0) {
                        throw new HistoryFormatException(source, opened, "expected a map with an even number of forms (key value pairs), found " + forms);
                    }
                    return m;
                }
                if (c == ')' || c == ']') {
                    throw error("'}'");
                }
                Object form = value();
                if (forms++ % 2 == 0) {
                    key = form;
                } else {
                    m.put(key, form);
                }
            }
        }

        private String string() {
            int startLine = line;
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                if (atEnd()) {
                    throw new HistoryFormatException(source, startLine, "expected a closing '\"' for the string opened here");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\n') {
                    line++;
                }
                if (c == '\\') {
                    if (atEnd()) {
                        throw error("an escaped character");
                    }
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
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
                } else {
                    b.append(c);
                }
            }
        }

        private String token() {
            int start = i;
            skipToken();
            return s.substring(start, i);
        }

        private void skipToken() {
            while (i < s.length() && isSymbolChar(s.charAt(i))) {
                i++;
            }
        }

        // A history repeats a handful of keywords (:type :ok, :f :read) hundreds of thousands of times:
        // one instance each, found by the characters in place, saves a string and a record per use.
        private Keyword[] keywords = new Keyword[64];
        private int keywordCount;

        private Keyword keyword(int start, int end) {
            int h = 0;
            for (int k = start; k < end; k++) {
                h = 31 * h + s.charAt(k);
            }
            int mask = keywords.length - 1;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                Keyword k = keywords[slot];
                if (k == null) {
                    Keyword made = new Keyword(s.substring(start, end));
                    keywords[slot] = made;
                    if (++keywordCount * 2 > keywords.length) {
                        rehash();
                    }
                    return made;
                }
                if (k.name().length() == end - start && s.startsWith(k.name(), start)) {
                    return k;
                }
            }
        }

        private void rehash() {
            Keyword[] old = keywords;
            keywords = new Keyword[old.length * 2];
            int mask = keywords.length - 1;
            for (Keyword k : old) {
                if (k != null) {
                    int slot = k.name().hashCode() & mask;
                    while (keywords[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keywords[slot] = k;
                }
            }
        }

        private Object atom() {
            String t = token();
            if (t.isEmpty()) {
                throw error("a value (nil, true, false, a number, a keyword, a string, a vector or a map)");
            }
            switch (t) {
                case "nil" -> {
                    return null;
                }
                case "true" -> {
                    return Boolean.TRUE;
                }
                case "false" -> {
                    return Boolean.FALSE;
                }
                default -> { }
            }
            char c = t.charAt(0);
            boolean numeric = Character.isDigit(c) || (c == '-' || c == '+') && t.length() > 1 && Character.isDigit(t.charAt(1));
            if (!numeric) {
                return new Symbol(t);
            }
            String digits = t.endsWith("N") ? t.substring(0, t.length() - 1) : t;
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException notLong) {
                try {
                    if (digits.matches("[+-]?[0-9]+")) {
                        return new BigInteger(digits); // exact: two integers beyond 64 bits must not round to one double
                    }
                    if (t.endsWith("M")) {
                        return new BigDecimal(t.substring(0, t.length() - 1));
                    }
                    return Double.parseDouble(t);
                } catch (NumberFormatException notDouble) {
                    throw new HistoryFormatException(source, line, "expected a number that fits in 64 bits, found " + t);
                }
            }
        }
    }
}
