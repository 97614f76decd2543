package dev.electorate.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Jackson's streaming reader, as lenient as the histories in the field need (a raw tab in a string, an escaped
     * quote of any kind, a number with a leading zero); its own nesting limit lies past ours, so ours speaks first.
     */
    private static final JsonFactory READER = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
            .build();

    /** What a value may be, for messages. */
    private static final String A_VALUE = "a JSON value (object, array, string, number, true, false or null)";
    /** The expectation in Jackson's message about a character or token: "...: was expecting X". */
    private static final Pattern EXPECTING = Pattern.compile("^Unexpected character \\('.' \\(code \\d+\\)\\):"
            + " (?:was expecting|expected) (.*)$");
    /** The character ("Unexpected character ('x' ...") or token ("Unrecognized token 'tru'") Jackson stopped at. */
    private static final Pattern FOUND = Pattern.compile("^(?:Unexpected character \\('(.)'|Unrecognized token '([^']*)'"
            + "|Unexpected close marker '(.)')");

    private JsonLinesHistory() {}

    /** Parses {@code text} read from {@code source} into a validated history. */
    public static History read(String source, String text) {
        History whole = readWhole(source, text);
        return whole != null ? whole : readLineByLine(source, text);
    }

    /**
     * The whole text through one parser, the way that costs least, or null when it is not one well-formed
     * operation a line (or has a carriage return that ends no line, which Jackson would count as a line's end):
     * reading it line by line then says where and what is wrong.
     */
    private static History readWhole(String source, String text) {
        if (hasLoneCarriageReturn(text)) {
            return null;
        }
        Entries entries = new Entries();
        try (JsonParser parser = READER.createParser(text)) {
            Line reader = new Line(source, 0, text, parser);
            int last = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr();
                if (line <= last) {
                    return null;
                }
                Object value = reader.value(token);
                if (parser.currentLocation().getLineNr() != line) {
                    return null;
                }
                last = line;
                add(entries, source, line, value);
            }
        } catch (JsonProcessingException | HistoryFormatException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a parser over a string in memory reads nothing else
        }
        return entries.history(source);
    }

    private static boolean hasLoneCarriageReturn(String text) {
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
            if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
                return true;
            }
        }
        return false;
    }

    /** One parser a line: slower, and what names the line and column of a mistake. */
    private static History readLineByLine(String source, String text) {
        Entries entries = new Entries();
        String[] rows = text.split("\n", -1);
        for (int r = 0; r < rows.length; r++) {
            String row = rows[r].strip();
            int line = r + 1;
            if (row.isEmpty()) {
                continue;
            }
            add(entries, source, line, new Line(source, line, row).operation());
        }
        return entries.history(source);
    }

    /** Adds the operation {@code parsed} from line {@code line}, or counts it out if it is a nemesis's. */
    private static void add(Entries entries, String source, int line, Object parsed) {
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
            return;
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

    /**
     * One line read by Jackson's streaming parser into the values the history needs: maps, lists, strings,
     * {@code Long} (a {@code BigInteger} beyond 64 bits, so that two such integers never round to one double),
     * {@code Double}, {@code Boolean} and null. Jackson's complaints become ours: what was expected, what was
     * found and at which column, on the line the loop above names.
     */
    private static final class Line {
        private final String source;
        private final int line;
        private final String row;
        private final JsonParser parser;
        private int depth;

        Line(String source, int line, String row) {
            this(source, line, row, parserOf(row));
        }

        Line(String source, int line, String row, JsonParser parser) {
            this.source = source;
            this.line = line;
            this.row = row;
            this.parser = parser;
        }

        private static JsonParser parserOf(String row) {
            try {
                return READER.createParser(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a parser over a string in memory reads nothing
            }
        }

        /** The line's one value, followed by nothing but the end of the line. */
        Object operation() {
            try (parser) {
                Object value;
                try {
                    value = value(parser.nextToken());
                } catch (JsonProcessingException e) {
                    throw translate(e);
                }
                JsonToken after;
                try {
                    after = parser.nextToken();
                } catch (JsonProcessingException e) {
                    throw error("the end of the line after the operation object", found(e));
                }
                if (after != null) {
                    throw error("the end of the line after the operation object",
                            "'" + row.charAt(column() - 1) + "' at column " + column());
                }
                return value;
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a parser over a string in memory reads nothing else
            }
        }

        private JsonToken next() throws IOException {
            return parser.nextToken();
        }

        private Object value(JsonToken token) throws IOException {
            switch (token) {
                case START_OBJECT -> {
                    deeper();
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (JsonToken t = next(); t != JsonToken.END_OBJECT; t = next()) {
                        String key = parser.currentName();
                        m.put(key, value(next()));
                    }
                    depth--;
                    return Collections.unmodifiableMap(m);
                }
                case START_ARRAY -> {
                    deeper();
                    List<Object> l = new ArrayList<>();
                    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
                        l.add(value(t));
                    }
                    depth--;
                    return Collections.unmodifiableList(l);
                }
                case VALUE_STRING -> {
                    return parser.getText();
                }
                case VALUE_NUMBER_INT -> {
                    return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue()
                            : (Object) parser.getLongValue();
                }
                case VALUE_NUMBER_FLOAT -> {
                    return parser.getDoubleValue();
                }
                case VALUE_TRUE -> {
                    return Boolean.TRUE;
                }
                case VALUE_FALSE -> {
                    return Boolean.FALSE;
                }
                case VALUE_NULL -> {
                    return null;
                }
                default -> throw error("a JSON value", token + " at column " + column());
            }
        }

        private void deeper() {
            if (++depth > MAX_DEPTH) {
                throw new HistoryFormatException(source, line, "expected values nested at most " + MAX_DEPTH
                        + " deep, found deeper nesting at column " + column());
            }
        }

        private int column() {
            return parser.currentTokenLocation().getColumnNr();
        }

        /** Jackson's complaint about the line, in the words of the other formats' errors. */
        private HistoryFormatException translate(JsonProcessingException e) {
            String said = said(e);
            if (endedTooSoon(e)) {
                return error(missing(said), "the end of the line");
            }
            Matcher m = EXPECTING.matcher(said);
            return error(m.find() ? expected(m.group(1)) : said.startsWith("Unrecognized token")
                    || said.startsWith("Unexpected close marker") ? A_VALUE : "valid JSON", found(e));
        }

        /** What the line lacks where it ends too soon, by what it was in the middle of. */
        private String missing(String said) {
            if (said.toLowerCase(java.util.Locale.ROOT).contains("string value") || said.contains("field name")) {
                return "a closing '\"'";
            }
            char last = row.charAt(row.length() - 1);
            boolean inObject = parser.getParsingContext().inObject();
            if (last == ':' || last == ',' && !inObject) {
                return "a JSON value";
            }
            if (last == '[') {
                return "a JSON value or ']'";
            }
            if (last == '{' || last == ',') {
                return last == '{' ? "a key in double quotes or '}'" : "a key in double quotes";
            }
            return inObject ? "',' or '}'" : "',' or ']'";
        }

        /** What Jackson found where it stopped: the character or token and the column it starts at. */
        private String found(JsonProcessingException e) {
            String said = said(e);
            if (endedTooSoon(e)) {
                return "the end of the line";
            }
            int at = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            Matcher token = FOUND.matcher(said);
            if (!token.find()) {
                return said + (at > 0 ? " at column " + at : "");
            }
            String text = token.group(1) != null ? token.group(1) : token.group(2) != null ? token.group(2) : token.group(3);
            // Jackson places a token it does not recognise after its end, a character at itself.
            int column = token.group(2) != null ? at - text.length() : at;
            return "'" + text + "'" + (column > 0 ? " at column " + column : "");
        }

        /** Jackson's expectation in the words of the other formats' errors. */
        private static String expected(String jackson) {
            if (jackson.startsWith("comma to separate Object")) {
                return "',' or '}'";
            }
            if (jackson.startsWith("comma to separate Array")) {
                return "',' or ']'";
            }
            if (jackson.startsWith("double-quote to start field name")) {
                return "a key in double quotes";
            }
            if (jackson.startsWith("a colon")) {
                return "':'";
            }
            if (jackson.startsWith("a hex-digit")) {
                return "four hex digits after \\u";
            }
            if (jackson.startsWith("a valid value") || jackson.startsWith("(")) {
                return A_VALUE;
            }
            return jackson;
        }

        private static boolean endedTooSoon(JsonProcessingException e) {
            return e instanceof JsonEOFException || said(e).startsWith("Unexpected end-of-input");
        }

        /** Jackson's message without the location it appends (the line and column are ours to give). */
        private static String said(JsonProcessingException e) {
            String said = e.getOriginalMessage();
            return said.lines().findFirst().orElse(said);
        }

        private HistoryFormatException error(String expected, String found) {
            return new HistoryFormatException(source, line, "expected " + expected + ", found " + found);
        }
    }
}
