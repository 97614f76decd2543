package dev.electorate.tla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows that a model reaches its witness predicates (the dangerous situations its properties are
 * about): a generated module EXTENDS the model and checks one more invariant, always true, that
 * prints each witness the first time a reachable state satisfies it, with its depth (the length of the
 * shortest behaviour to it, an initial state being at depth 1, as TLC counts the search's depth). One TLC
 * run thus both checks the model and proves its witnesses reachable.
 */
final class WitnessProbe {

    /** The printed line: {@code <<"witness", "WitnessRivals", 5>>}. */
    private static final Pattern REACHED = Pattern.compile("<<\"witness\", \"(Witness\\w+)\", (\\d+)>>");
    private static final Pattern EXTENDS = Pattern.compile("(?m)^\\s*EXTENDS\\s+([\\w\\s,]+?)\\s*$");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^(Witness\\w+)\\s*==");
    /** The TLC register that holds the witnesses already printed (a set of names). */
    private static final int REGISTER = 77;

    private WitnessProbe() {}

    /** The wrapper's module and configuration name for {@code config}. */
    static String wrapperName(String config) {
        return "Witnessed_" + config;
    }

    /**
     * Writes {@link #wrapperName}(config).tla and .cfg into {@code workDir}: the model's module
     * extended with the probe, and its configuration with the probe added as an invariant.
     */
    static void write(Path workDir, String module, String config, Collection<String> witnesses) {
        String name = wrapperName(config);
        StringBuilder tla = new StringBuilder();
        tla.append("---- MODULE ").append(name).append(" ----\n");
        tla.append("\\* Generated: ").append(module).append(" with a probe that prints each witness when first reached.\n");
        tla.append("EXTENDS ").append(module).append(", TLC, Naturals\n");
        tla.append("ASSUME TLCSet(").append(REGISTER).append(", {})\n");
        tla.append("WitnessSeen(w, holds) ==\n");
        tla.append("    (holds /\\ w \\notin TLCGet(").append(REGISTER).append("))\n");
        tla.append("        => /\\ PrintT(<<\"witness\", w, TLCGet(\"level\") + 1>>)\n");
        tla.append("           /\\ TLCSet(").append(REGISTER).append(", TLCGet(").append(REGISTER).append(") \\cup {w})\n");
        tla.append("WitnessProbe ==\n");
        for (String w : witnesses) {
            tla.append("    /\\ WitnessSeen(\"").append(w).append("\", ").append(w).append(")\n");
        }
        tla.append("====\n");
        try {
            String cfg = Files.readString(workDir.resolve(config + ".cfg"), StandardCharsets.UTF_8);
            Files.writeString(workDir.resolve(name + ".tla"), tla, StandardCharsets.UTF_8);
            Files.writeString(workDir.resolve(name + ".cfg"), cfg + "\nINVARIANT WitnessProbe\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the witness probe for " + config + " into " + workDir, e);
        }
    }

    /** Each witness the run printed, with the depth at which it was first reached. */
    static Map<String, Integer> reached(String output) {
        Map<String, Integer> reached = new LinkedHashMap<>();
        Matcher m = REACHED.matcher(output);
        while (m.find()) {
            reached.putIfAbsent(m.group(1), Integer.parseInt(m.group(2)));
        }
        return reached;
    }

    /**
     * The witness predicates ({@code Witness...} definitions at the start of a line) of {@code module}
     * and of every module it EXTENDS, transitively, among the files of {@code workDir}.
     */
    static Set<String> defined(Path workDir, String module) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(module);
        while (!todo.isEmpty()) {
            String m = todo.poll();
            Path file = workDir.resolve(m + ".tla");
            if (!seen.add(m) || !Files.isRegularFile(file)) {
                continue; // a standard module (Naturals, TLC...) is not in the folder
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            Matcher d = DEFINITION.matcher(text);
            while (d.find()) {
                found.add(d.group(1));
            }
            Matcher e = EXTENDS.matcher(text);
            while (e.find()) {
                for (String parent : e.group(1).split("[,\\s]+")) {
                    if (!parent.isBlank()) {
                        todo.add(parent.strip());
                    }
                }
            }
        }
        return found;
    }
}
