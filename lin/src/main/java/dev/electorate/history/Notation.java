package dev.electorate.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * How a history file spells values: EDN and JSON walk lists, sets and maps alike and differ only in
 * punctuation and in how they write text, so both write an entry as the same ordered map.
 *
 * @param nil            what stands for {@code null}
 * @param itemSeparator  between the items of a list or set
 * @param entrySeparator between the entries of a map
 * @param keySeparator   between a map key and its value
 * @param setOpen        opens a set ({@code [} where sets are written as lists); {@code setClose} closes it
 * @param textKeys       map keys are written as text whatever they are (JSON object keys)
 * @param text           writes a string
 */
record Notation(String nil, String itemSeparator, String entrySeparator, String keySeparator,
        String setOpen, String setClose, boolean textKeys, BiConsumer<StringBuilder, String> text) {

    /** The entries one a line, each a map with Jepsen's keys in a fixed order; unknown time and no error left out. */
    String write(List<Op> ops) {
        StringBuilder b = new StringBuilder();
        for (Op op : ops) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", op.index());
            if (op.time() >= 0) {
                entry.put("time", op.time());
            }
            entry.put("process", op.process());
            entry.put("type", op.type().jepsenName());
            entry.put("f", op.f());
            entry.put("value", op.value());
            if (op.error() != null) {
                entry.put("error", op.error());
            }
            append(b, entry);
            b.append('\n');
        }
        return b.toString();
    }

    /** One value. */
    String write(Object value) {
        StringBuilder b = new StringBuilder();
        append(b, value);
        return b.toString();
    }

    private void append(StringBuilder b, Object v) {
        if (v == null) {
            b.append(nil);
        } else if (v instanceof String s) {
            text.accept(b, s);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            String separator = "";
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(separator);
                separator = entrySeparator;
                append(b, textKeys ? String.valueOf(e.getKey()) : e.getKey());
                b.append(keySeparator);
                append(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof Iterable<?> items) {
            boolean set = v instanceof Set;
            b.append(set ? setOpen : "[");
            String separator = "";
            for (Object x : items) {
                b.append(separator);
                separator = itemSeparator;
                append(b, x);
            }
            b.append(set ? setClose : "]");
        } else {
            b.append(v);
        }
    }
}
