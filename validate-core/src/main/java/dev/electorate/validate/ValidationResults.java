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

    /**
     * The timeline lines of run {@code run} where a client believes it leads anew while its links are cut
     * (between its partition fault and the heal): none if the proxy really cuts them.
     */
    public java.util.List<String> leadsWhileCut(int run) throws IOException {
        java.util.List<String> out = new java.util.ArrayList<>();
        String cut = null;
        for (String line : timeline(run).split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length < 4) {
                continue;
            }
            if (w[3].equals("FAULT") && line.contains("partition")) {
                cut = w[2];
            } else if (w[3].equals("HEAL") && w[2].equals(cut)) {
                cut = null;
            } else if (w[3].equals("LEAD") && w[2].equals(cut)) {
                out.add(line);
            }
        }
        return out;
    }
}
