package dev.electorate.tla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tlc2.overrides.TLAPlusOperator;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * The TLC operator {@code TraceData!Load(file)}, implemented in Java: it reads a file of TLA+
 * values as {@link TlaValue} writes them and hands TLC the value built directly. Trace literals
 * run to megabytes; parsed by SANY and then evaluated by TLC they cost seconds per trace, read here
 * they cost milliseconds.
 */
public final class TraceData {

    private static final Map<String, Value> LOADED = new ConcurrentHashMap<>();

    private TraceData() {}

    /** The value written in {@code file} (relative to TLC's working folder), read once per TLC run. */
    @TLAPlusOperator(identifier = "Load", module = "TraceData", warn = false)
    public static Value load(StringValue file) {
        String name = file.getVal().toString();
        return LOADED.computeIfAbsent(name, n -> {
            try {
                return parse(Files.readString(Path.of(n), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the trace data " + n, e);
            }
        });
    }

    /** Parses one value of the subset {@link TlaValue} writes: integers, booleans, strings, tuples, sets, records. */
    static Value parse(String text) {
        Reader r = new Reader(text);
        Value v = r.value();
        r.skipSpace();
        if (r.pos != text.length()) {
            throw r.error("end of the data");
        }
        return v;
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean at(String token) {
            skipSpace();
            if (s.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        void expect(String token) {
            if (!at(token)) {
                throw error("'" + token + "'");
            }
        }

        IllegalArgumentException error(String expected) {
            return new IllegalArgumentException("trace data: expected " + expected + " at offset " + pos + ": "
                    + s.substring(pos, Math.min(s.length(), pos + 40)));
        }

        Value value() {
            skipSpace();
            if (at("<<")) {
                List<Value> items = items(">>");
                return new TupleValue(items.toArray(new Value[0]));
            }
            if (at("{")) {
                List<Value> items = items("}");
                SetEnumValue set = new SetEnumValue(items.toArray(new Value[0]), false);
                set.normalize();
                return set;
            }
            if (at("[")) {
                List<UniqueString> names = new ArrayList<>();
                List<Value> values = new ArrayList<>();
                do {
                    skipSpace();
                    int start = pos;
                    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                        pos++;
                    }
                    if (start == pos) {
                        throw error("a field name");
                    }
                    names.add(UniqueString.uniqueStringOf(s.substring(start, pos)));
                    expect("|->");
                    values.add(value());
                } while (at(","));
                expect("]");
                RecordValue record = new RecordValue(names.toArray(new UniqueString[0]), values.toArray(new Value[0]), false);
                record.normalize();
                return record;
            }
            if (at("TRUE")) {
                return BoolValue.ValTrue;
            }
            if (at("FALSE")) {
                return BoolValue.ValFalse;
            }
            if (pos < s.length() && s.charAt(pos) == '"') {
                StringBuilder b = new StringBuilder();
                pos++;
                while (pos < s.length() && s.charAt(pos) != '"') {
                    char c = s.charAt(pos++);
                    b.append(c == '\\' ? s.charAt(pos++) : c);
                }
                expect("\"");
                return new StringValue(b.toString());
            }
            int start = pos;
            if (pos < s.length() && s.charAt(pos) == '-') {
                pos++;
            }
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (start == pos || (pos == start + 1 && s.charAt(start) == '-')) {
                throw error("a value");
            }
            return IntValue.gen(Integer.parseInt(s.substring(start, pos)));
        }

        List<Value> items(String close) {
            List<Value> items = new ArrayList<>();
            if (at(close)) {
                return items;
            }
            do {
                items.add(value());
            } while (at(","));
            expect(close);
            return items;
        }
    }
}
