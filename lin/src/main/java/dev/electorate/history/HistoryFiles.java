package dev.electorate.history;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a history file in either format, told apart by its extension or else by its first character. */
public final class HistoryFiles {
    private HistoryFiles() {}

    /** The two history formats. */
    public enum Format {
        /** Jepsen's and Knossos's EDN. */
        EDN,
        /** One JSON object a line. */
        JSON_LINES
    }

    /** Reads and validates the history in {@code file}. */
    public static History read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new HistoryFormatException(file.toString(), 0, "expected UTF-8 text (EDN or JSON Lines), found"
                    + " bytes that are not UTF-8; is it a binary or compressed file?");
        }
        String source = file.toString();
        text = withoutByteOrderMark(text);
        return read(source, text, detect(source, text));
    }

    /** Parses {@code text} in {@code format}. */
    public static History read(String source, String text, Format format) {
        text = withoutByteOrderMark(text);
        return format == Format.EDN ? EdnHistory.read(source, text) : JsonLinesHistory.read(source, text);
    }

    /** The text without the byte-order mark some editors put first (UTF-8 has no byte order to mark). */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The format by extension ({@code .edn}; {@code .jsonl}, {@code .json}), else by content. */
    public static Format detect(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".edn")) {
            return Format.EDN;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".json")) {
            return Format.JSON_LINES;
        }
        // JSON objects open with {" ; EDN opens with [, ( or {:
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c != '{') {
                return Format.EDN;
            }
            for (int j = i + 1; j < text.length(); j++) {
                if (!Character.isWhitespace(text.charAt(j))) {
                    return text.charAt(j) == '"' ? Format.JSON_LINES : Format.EDN;
                }
            }
            return Format.EDN;
        }
        return Format.EDN;
    }
}
