package dev.electorate.tla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The manifest of every TLC model the project checks (tla/models.tsv, tab-separated, one model a
 * line): what each must conclude and the figures the build holds it to.
 */
public final class Models {

    /** The manifest's header line, which names its columns. */
    static final String HEADER = "# algorithm\tnodes\tmodule\tconfig\texpect\tstates\tdepth\twitnesses\tsuite\tseconds\tnote";

    private static final int COLUMNS = 11;

    private Models() {}

    /** Every model, in manifest order. */
    public static List<Model> all() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(TlaLibrary.open("models.tsv"), StandardCharsets.UTF_8))) {
            return parse(in.lines().toList(), "models.tsv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads manifest lines; {@code source} names the file in errors. */
    public static List<Model> parse(List<String> lines, String source) {
        List<Model> models = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != COLUMNS) {
                throw new IllegalStateException(source + " line " + number + ": expected " + COLUMNS
                        + " tab-separated fields (" + HEADER.substring(2).replace('\t', ',') + "), got " + f.length);
            }
            try {
                models.add(new Model(f[0], Integer.parseInt(f[1]), f[2], f[3], Model.Expectation.parse(f[4]),
                        Long.parseLong(f[5]), Integer.parseInt(f[6]), witnesses(f[7]), Model.Suite.parse(f[8]),
                        Double.parseDouble(f[9]), f[10]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return models;
    }

    /** Writes the manifest back: the header, then one line per model. */
    public static String format(List<Model> models) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Model m : models) {
            out.append(String.join("\t", m.algorithm(), Integer.toString(m.nodes()), m.module(), m.config(),
                    m.expect().toString(), Long.toString(m.states()), Integer.toString(m.depth()),
                    witnessText(m.witnesses()), m.suite().toString(),
                    String.format(Locale.ROOT, "%.1f", m.seconds()), m.note())).append('\n');
        }
        return out.toString();
    }

    /** "WitnessRivals@5,WitnessFailover@9", "WitnessRivals" (depth not measured yet) or "-". */
    static Map<String, Integer> witnesses(String text) {
        Map<String, Integer> reached = new LinkedHashMap<>();
        if (text.isBlank() || text.strip().equals("-")) {
            return reached;
        }
        for (String item : text.split(",")) {
            String[] parts = item.strip().split("@", 2);
            if (!parts[0].matches("Witness\\w+")) {
                throw new IllegalArgumentException("witness '" + item + "' must be named Witness<Something>");
            }
            reached.put(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 0);
        }
        return reached;
    }

    static String witnessText(Map<String, Integer> witnesses) {
        if (witnesses.isEmpty()) {
            return "-";
        }
        return witnesses.entrySet().stream()
                .map(e -> e.getValue() > 0 ? e.getKey() + "@" + e.getValue() : e.getKey())
                .collect(Collectors.joining(","));
    }
}
