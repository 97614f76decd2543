package dev.electorate.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A finished validation's folder, read back: its results.json figures and its runs' timelines. */
public record ValidationResults(Path dir, String json) {

    /** Reads {@code dir/results.json}. */
    public static ValidationResults read(Path dir) throws IOException {
        return new ValidationResults(dir, Files.readString(dir.resolve("results.json")));
    }

    /** A number of results.json, by key. */
    public long number(String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException(dir.resolve("results.json") + " has no number " + key + ": " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** Whether fenced safety held in every run. */
    public boolean fencedSafety() {
        return json.contains("\"fencedSafety\":true");
    }

    /** The timeline of run {@code run}. */
    public String timeline(int run) throws IOException {
        return Files.readString(dir.resolve("run-" + run).resolve("timeline.txt"));
    }
}
