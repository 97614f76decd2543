package dev.electorate.harness.adapter;

import dev.electorate.harness.io.BadInputException;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The program that runs one external node: its argument vector (started directly, with no shell
 * between the harness and the node, so that killing it kills the node) and how users wrote it.
 */
public record NodeCommand(List<String> argv, String display) {

    public NodeCommand {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new BadInputException("--node-cmd is empty; give the program that runs one node, for example"
                    + " --node-cmd \"python3 mynode.py\"");
        }
    }

    /**
     * Splits a command line into words at blanks; single or double quotes group words, as a shell
     * would, but nothing else of a shell applies (no variables, globs or pipes).
     */
    public static NodeCommand parse(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new BadInputException("--node-cmd \"" + line + "\" has an unclosed " + quote + " quote; close it");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return new NodeCommand(words, line);
    }

    /**
     * The command that runs reference algorithm {@code name} (or its {@code mutant}, or null) as an
     * external node over the protocol, in a JVM of its own on this JVM's classpath.
     */
    public static NodeCommand reference(String name, String mutant) {
        Algorithm algorithm = Algorithms.byName(name);
        Set<String> classpath = new LinkedHashSet<>();
        for (Class<?> c : List.of(ProtocolNodeMain.class, Algorithm.class, Algorithms.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.annotation.JsonProperty.class)) {
            classpath.add(location(c));
        }
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A node serves the few runs of a test (reset keeps it between them): start fast rather than optimise hard.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx64m",
                "-cp", String.join(File.pathSeparator, classpath), ProtocolNodeMain.class.getName(), algorithm.name()));
        if (mutant != null) {
            argv.add(mutant);
        }
        return new NodeCommand(argv, "java " + ProtocolNodeMain.class.getSimpleName() + " " + algorithm.name()
                + (mutant != null ? " " + mutant : ""));
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + c.getName(), e);
        }
    }

    /** A short name for the algorithm the command runs: its script or program name, without extension. */
    public String shortName() {
        String pick = argv.get(0);
        for (int i = argv.size() - 1; i >= 0; i--) {
            String w = argv.get(i);
            if (!w.startsWith("-")) {
                pick = w;
                break;
            }
        }
        String base = Path.of(pick).getFileName().toString();
        int dot = base.lastIndexOf('.');
        String name = dot > 0 ? base.substring(0, dot) : base;
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
