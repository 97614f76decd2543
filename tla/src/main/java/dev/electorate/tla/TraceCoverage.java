package dev.electorate.tla;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which actions of a spec the validated traces exercised, with how many matched steps took each:
 * every step name the spec's trace module maps ({@code s.action = "Name"}), exercised or not.
 *
 * @param module  the spec (e.g. "Raft")
 * @param traces  how many traces the counts come from
 * @param counts  matched steps per step name, sorted by name; every mapped name is present, 0 when unexercised
 */
public record TraceCoverage(String module, int traces, Map<String, Integer> counts) {

    private static final Pattern ONE = Pattern.compile("s\\.action\\s*=\\s*\"(\\w+)\"");
    private static final Pattern SET = Pattern.compile("s\\.action\\s*\\\\in\\s*(\\{[^}]*\\}|\\w+)");
    private static final Pattern NAME = Pattern.compile("\"(\\w+)\"");
    private static final Pattern INSTANCE = Pattern.compile("INSTANCE\\s+(Trace\\w+)");

    public TraceCoverage {
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** Adds up the verdicts' matched steps per action, over every step name {@code module}'s trace module maps. */
    public static TraceCoverage of(String module, List<TraceVerdict> verdicts) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String name : mappedActions(module)) {
            counts.put(name, 0);
        }
        for (TraceVerdict v : verdicts) {
            v.actions().forEach((name, n) -> counts.merge(name, n, Integer::sum));
        }
        return new TraceCoverage(module, verdicts.size(), counts);
    }

    /** The mapped step names no validated step took. */
    public List<String> unexercised() {
        return counts.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    /** "Crash 3, Start 30, Timeout 12; not exercised: StepDown" for a terminal or a report. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        counts.forEach((name, n) -> {
            if (n > 0) {
                b.append(b.isEmpty() ? "" : ", ").append(name).append(' ').append(n);
            }
        });
        List<String> never = unexercised();
        if (!never.isEmpty()) {
            b.append(b.isEmpty() ? "" : "; ").append("not exercised: ").append(String.join(", ", never));
        }
        return b.toString();
    }

    /** Matched steps in all, over every action. */
    public int steps() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * A Markdown table, one row per algorithm (in the map's order): its spec, the traces and matched steps,
     * each exercised action with its count, and the mapped actions no trace exercised.
     */
    public static String table(Map<String, TraceCoverage> byAlgorithm) {
        StringBuilder b = new StringBuilder("| algorithm | spec | traces | steps | actions exercised (matched steps) | not exercised |\n");
        b.append("|---|---|---:|---:|---|---|\n");
        byAlgorithm.forEach((algorithm, c) -> {
            String exercised = c.counts.entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%,d", e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
            b.append("| ").append(algorithm).append(" | ").append(c.module).append(" | ").append(c.traces)
                    .append(" | ").append(String.format(java.util.Locale.ROOT, "%,d", c.steps())).append(" | ")
                    .append(exercised).append(" | ").append(String.join(", ", c.unexercised())).append(" |\n");
        });
        return b.toString();
    }

    /**
     * Every step name the trace module of {@code module} (and the trace modules it instantiates) maps
     * to a spec action or a fault: {@code s.action = "Name"}, {@code s.action \in {...}} and
     * {@code s.action \in Set} with {@code Set == {...}} defined in the same module.
     */
    public static Set<String> mappedActions(String module) {
        Set<String> names = new TreeSet<>();
        List<String> pending = new ArrayList<>(List.of(TraceValidator.traceModuleOf(module)));
        Set<String> seen = new TreeSet<>();
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (!seen.add(name)) {
                continue;
            }
            String text = read(name + ".tla");
            Matcher one = ONE.matcher(text);
            while (one.find()) {
                names.add(one.group(1));
            }
            Matcher set = SET.matcher(text);
            while (set.find()) {
                String members = set.group(1);
                if (!members.startsWith("{")) {
                    Matcher def = Pattern.compile("(?m)^" + members + "\\s*==\\s*(\\{[^}]*\\})").matcher(text);
                    members = def.find() ? def.group(1) : "";
                }
                Matcher n = NAME.matcher(members);
                while (n.find()) {
                    names.add(n.group(1));
                }
            }
            Matcher inst = INSTANCE.matcher(text);
            while (inst.find()) {
                pending.add(inst.group(1));
            }
        }
        return names;
    }

    private static String read(String file) {
        try (InputStream in = TlaLibrary.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " from the TLA+ library", e);
        }
    }
}
