package dev.electorate.harness.adapter;

import dev.electorate.harness.io.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A third party's declaration kept in a file ({@code --declare FILE}): Java properties whose keys
 * are the declaration flags without their dashes ({@code assume = crash-recover,partition},
 * {@code fault-aftermath = 220}), so a file and a command line say the same things the same way.
 */
public final class DeclarationFile {

    /** The keys a declaration file may hold, each the name of the flag it stands for. */
    public static final List<String> KEYS = List.of("assume", "winner", "termination-bound", "fault-aftermath",
            "exclusive-leadership", "crash-budget", "election-messages");

    private final Path file;
    private final Map<String, String> values;

    private DeclarationFile(Path file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /** Reads {@code file}; an unreadable file or an unknown key is bad input naming the file. */
    public static DeclarationFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("--declare " + file + ": no such file; write the declaration as key = value"
                    + " lines with the keys " + String.join(", ", KEYS));
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException("--declare " + file + ": cannot read it as key = value lines: " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        // Sorted, so the first unknown key reported is the same on every run.
        for (Map.Entry<String, String> e : new TreeMap<>(toStrings(p)).entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw new BadInputException("--declare " + file + ": unknown key '" + e.getKey() + "'; the keys are "
                        + String.join(", ", KEYS));
            }
            values.put(e.getKey(), e.getValue().trim());
        }
        return new DeclarationFile(file, values);
    }

    private static Map<String, String> toStrings(Properties p) {
        Map<String, String> out = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            out.put(key, p.getProperty(key));
        }
        return out;
    }

    /** The file's value for {@code key}, or null when it has none. */
    public String text(String key) {
        return values.get(key);
    }

    /** The value of {@code key} as a whole number of ticks, {@code min} or more, or null; anything else is bad input. */
    public Long ticks(String key, long min) {
        String v = values.get(key);
        if (v == null) {
            return null;
        }
        long ticks;
        try {
            ticks = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BadInputException(where(key) + " must be a whole number of ticks; got '" + v + "'");
        }
        if (ticks < min || ticks > Integer.MAX_VALUE) {
            throw new BadInputException(where(key) + " must be from " + min + " to " + Integer.MAX_VALUE + " ticks; got "
                    + ticks);
        }
        return ticks;
    }

    /** The value of {@code key} as true or false, or null; anything else is bad input. */
    public Boolean flag(String key) {
        String v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        throw new BadInputException(where(key) + " must be true or false; got '" + v + "'");
    }

    /** The value of {@code key} as a comma-separated list, or null. */
    public List<String> list(String key) {
        String v = values.get(key);
        return v == null ? null : List.of(v.split(",", -1)).stream().map(String::trim).toList();
    }

    /** "--declare FILE: key" for messages about one key of this file. */
    public String where(String key) {
        return "--declare " + file + ": " + key;
    }
}
