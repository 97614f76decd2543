package dev.electorate.tla;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The models table of tla/README.md, generated from the manifest so that no figure in it is edited
 * by hand; the build fails when the README's copy differs from what the manifest gives.
 */
public final class ModelsTable {

    /** The line before the generated table in tla/README.md. */
    public static final String BEGIN = "<!-- models table: generated from src/main/tla/models.tsv; do not edit by hand"
            + " (mvn -B -pl tla test -Dtest=ManifestTest -Delectorate.models.update=true rewrites it) -->";
    /** The line after it. */
    public static final String END = "<!-- end of models table -->";

    private ModelsTable() {}

    /** The Markdown table, one row per model in manifest order. */
    public static String markdown(List<Model> models) {
        StringBuilder out = new StringBuilder();
        out.append("| model | n | expected | suite | distinct states | depth | witnesses reached (at depth) | seconds | what it bounds |\n");
        out.append("|---|---:|---|---|---:|---:|---|---:|---|\n");
        for (Model m : models) {
            out.append("| ").append(m.config())
                    .append(" | ").append(m.nodes())
                    .append(" | ").append(expected(m.expect()))
                    .append(" | ").append(m.suite())
                    .append(" | ").append(m.suite() == Model.Suite.SIMULATE ? "–" : String.format(Locale.ROOT, "%,d", m.states()))
                    .append(" | ").append(m.depth() > 0 ? Integer.toString(m.depth()) : "–")
                    .append(" | ").append(witnesses(m))
                    .append(" | ").append(m.seconds() > 0 ? String.format(Locale.ROOT, "%.1f", m.seconds()) : "–")
                    .append(" | ").append(m.note().isBlank() ? "" : m.note())
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String expected(Model.Expectation e) {
        return switch (e.kind()) {
            case "pass" -> "passes";
            case "inductive" -> "inductive (one step)";
            case "deadlock" -> "deadlock";
            default -> e.name().isEmpty() ? e.kind() + " violated" : e.name() + " violated";
        };
    }

    private static String witnesses(Model m) {
        if (m.witnesses().isEmpty()) {
            return m.isMutant() || m.isInductive() ? "" : "none";
        }
        return m.witnesses().entrySet().stream()
                .map(e -> e.getKey().substring("Witness".length()) + (e.getValue() > 0 ? " " + e.getValue() : ""))
                .collect(Collectors.joining(", "));
    }

    /** {@code readme} with the text between {@link #BEGIN} and {@link #END} replaced by the table. */
    public static String replaceIn(String readme, List<Model> models) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("tla/README.md has no models table markers (" + BEGIN + " ... " + END + ")");
        }
        return readme.substring(0, begin + BEGIN.length()) + "\n" + markdown(models) + readme.substring(end);
    }
}
