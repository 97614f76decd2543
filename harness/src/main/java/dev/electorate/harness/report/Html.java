package dev.electorate.harness.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A small HTML and SVG builder that escapes every text and attribute value it is given, so data
 * from a run (message values, mutant names, details) can never become markup.
 */
public final class Html {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");

    private final StringBuilder out = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    /** Escapes text for use in element content and in double- or single-quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // Control characters other than tab and newline are not allowed in HTML text.
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        b.append("&#xFFFD;");
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A number for coordinates: at most one decimal, never locale-dependent. */
    public static String num(double v) {
        long rounded = Math.round(v);
        if (Math.abs(v - rounded) < 0.05) {
            return Long.toString(rounded);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out. */
    public Html open(String tag, Object... attributes) {
        start(tag, attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /** Writes an element with no content, such as {@code <rect/>} or {@code <br>}. */
    public Html empty(String tag, Object... attributes) {
        start(tag, attributes);
        out.append(isVoid(tag) ? ">" : "/>");
        return this;
    }

    /** Writes an element holding only text. */
    public Html element(String tag, String text, Object... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Closes the innermost open element, which must be {@code tag}. */
    public Html close(String tag) {
        String expected = open.poll();
        if (!tag.equals(expected)) {
            throw new IllegalStateException("closing <" + tag + "> but <" + expected + "> is open");
        }
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Appends escaped text. */
    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Appends markup built by another builder, whose elements must all be closed. */
    public Html append(Html other) {
        if (!other.open.isEmpty()) {
            throw new IllegalStateException("unclosed <" + other.open.peek() + ">");
        }
        out.append(other.out);
        return this;
    }

    /**
     * Appends a fixed piece of this program's own markup, CSS or script. Only constants may go
     * here, never run data; it refuses anything that could end a style or script element early.
     */
    public Html constant(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("</style") || lower.contains("<!--")) {
            throw new IllegalArgumentException("a constant may not close a script or style element");
        }
        out.append(code);
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed <" + open.peek() + ">");
        }
        return out.toString();
    }

    private void start(String tag, Object... attributes) {
        requireName(tag);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs: " + attributes.length);
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = String.valueOf(attributes[i]);
            requireName(name);
            if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
                throw new IllegalArgumentException("event handler attributes are not allowed: " + name);
            }
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            String text = value instanceof Double d ? num(d) : value instanceof Float f ? num(f) : value.toString();
            if ((name.equals("href") || name.equals("src")) && !safeUrl(text)) {
                throw new IllegalArgumentException("only relative and fragment links are allowed: " + text);
            }
            out.append(' ').append(name).append("=\"").append(escape(text)).append('"');
        }
    }

    /** Links stay inside the output folder: no scheme, so no {@code javascript:} and no remote assets. */
    private static boolean safeUrl(String url) {
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        return !url.startsWith("//") && (colon < 0 || (slash >= 0 && slash < colon));
    }

    private static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element or attribute name: " + name);
        }
    }

    private static boolean isVoid(String tag) {
        return switch (tag) {
            case "br", "hr", "img", "input", "meta", "link", "col", "wbr" -> true;
            default -> false;
        };
    }
}
