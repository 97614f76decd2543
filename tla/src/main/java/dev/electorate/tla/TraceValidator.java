package dev.electorate.tla;

import dev.electorate.spec.Envelope;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides with TLC whether Java traces are behaviours of their TLA+ specification. One TLC run
 * validates every trace of an algorithm: the traces of each member list go into a data file that
 * TLC reads through {@link TraceData} (no trace literal for SANY to parse), and the generated
 * module instantiates {@code Trace<Module>.tla} once per member list, a variable choosing which.
 * The trace module starts each trace in the spec's initial state and lets step k happen only
 * through the spec action of the recorded name leaving the recorded values. Every state reached
 * prints its member list, trace and position; the furthest position per trace says how far it matched.
 */
public final class TraceValidator {

    /** The tag of the line the generated module prints for every state it reaches: group g, trace t at position l. */
    static final String REACHED = "reached";
    private static final Pattern REACHED_LINE = Pattern.compile("^<<\"" + REACHED + "\", (\\d+), (\\d+), (\\d+)>>$");

    /** The tag of the line printed when a state of group g, trace t at position l breaks the named invariant. */
    static final String VIOLATED = "violated";
    private static final Pattern VIOLATED_LINE = Pattern.compile(
            "^<<\"" + VIOLATED + "\", (\\d+), (\\d+), (\\d+), \"(\\w+)\">>$");

    private final Path workDir;
    private Duration timeout = Duration.ofMinutes(10);

    /** @param workDir where the modules, generated trace modules and TLC's files go */
    public TraceValidator(Path workDir) {
        this.workDir = workDir.toAbsolutePath(); // TLC runs inside it: a relative path would resolve twice
    }

    public TraceValidator timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /** Validates {@code traces} (all of the algorithm specified by {@code module}), one verdict each, in order. */
    public List<TraceVerdict> validate(String module, List<Trace> traces) {
        TlaLibrary.extractTo(workDir);
        if (!Files.exists(workDir.resolve(traceModuleOf(module) + ".tla"))) {
            throw new IllegalArgumentException("no " + traceModuleOf(module) + ".tla in the TLA+ library: "
                    + module + " has no trace-validation mapping yet");
        }
        Map<List<Integer>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < traces.size(); i++) {
            groups.computeIfAbsent(traces.get(i).header().cluster().members(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> members = new ArrayList<>(groups.keySet());
        List<List<List<Step>>> steps = new ArrayList<>();
        for (List<Integer> indices : groups.values()) {
            steps.add(indices.stream().map(i -> validatedSteps(traces.get(i))).toList());
        }
        List<List<TraceVerdict>> found = validateGroups(module, "TV" + module, members, steps);
        TraceVerdict[] verdicts = new TraceVerdict[traces.size()];
        int g = 0;
        for (List<Integer> indices : groups.values()) {
            for (int j = 0; j < indices.size(); j++) {
                TraceVerdict v = found.get(g).get(j);
                int index = indices.get(j);
                verdicts[index] = new TraceVerdict(index, v.accepted(), v.matched(), v.validated(),
                        v.lastMatched(), v.firstUnmatched(), v.error(), v.invariant(), v.breaking(), v.actions());
            }
            g++;
        }
        return List.of(verdicts);
    }

    /** Every spec has its Trace&lt;Module&gt;.tla (the ring elections' two instantiate TraceRing.tla). */
    static String traceModuleOf(String module) {
        return "Trace" + module;
    }

    /** The steps a trace module replays: every recorded node action and every fault. */
    static List<Step> validatedSteps(Trace trace) {
        List<Step> steps = new ArrayList<>();
        for (Step s : trace.steps()) {
            boolean unrecorded = !s.isFault() && s.action().equals(s.kind().name().toLowerCase(Locale.ROOT));
            if (!unrecorded) {
                steps.add(s);
            }
        }
        return steps;
    }

    private List<List<TraceVerdict>> validateGroups(String module, String tv, List<List<Integer>> members,
            List<List<List<Step>>> steps) {
        try {
            String variables = variables(Files.readString(workDir.resolve(traceModuleOf(module) + ".tla")));
            for (int g = 0; g < members.size(); g++) {
                Files.writeString(workDir.resolve(dataFile(tv, g + 1)), data(steps.get(g)), StandardCharsets.UTF_8);
            }
            Files.writeString(workDir.resolve(tv + ".tla"), traceModule(tv, module, variables, members),
                    StandardCharsets.UTF_8);
            Files.writeString(workDir.resolve(tv + ".cfg"), """
                    INIT TraceInit
                    NEXT TraceNext
                    INVARIANT TraceChecked
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace module into " + workDir, e);
        }
        // -deadlock: a fully matched trace has no successor, which is success here, not an error.
        TlcResult result = new Tlc(workDir).timeout(timeout).arguments("-deadlock").check(tv, tv);
        List<List<TraceVerdict>> verdicts = new ArrayList<>();
        if (!(result instanceof TlcResult.Passed)) {
            String why = result instanceof TlcResult.SpecError se ? se.describe() : "TLC says " + result.label();
            for (List<List<Step>> group : steps) {
                List<TraceVerdict> vs = new ArrayList<>();
                for (int i = 0; i < group.size(); i++) {
                    vs.add(new TraceVerdict(i, false, 0, group.get(i).size(), null, null, why, null, null, Map.of()));
                }
                verdicts.add(vs);
            }
            return verdicts;
        }
        Reached reached = reached(workDir.resolve(Tlc.outputFile(tv)), steps);
        for (int g = 0; g < steps.size(); g++) {
            List<TraceVerdict> vs = new ArrayList<>();
            for (int i = 0; i < steps.get(g).size(); i++) {
                List<Step> s = steps.get(g).get(i);
                int furthest = reached.furthest[g][i];
                int matched = Math.max(0, furthest - 1); // l is the next step to take, from 1
                boolean accepted = furthest > 0 && matched == s.size();
                int broken = reached.brokenAt[g][i]; // the l of the first state that breaks an invariant
                Map<String, Integer> actions = new TreeMap<>();
                for (Step step : s.subList(0, matched)) {
                    actions.merge(step.action(), 1, Integer::sum);
                }
                vs.add(new TraceVerdict(i, accepted, matched, s.size(),
                        matched > 0 ? s.get(matched - 1) : null,
                        accepted || furthest == 0 ? null : s.get(matched),
                        furthest == 0 ? "no initial state of the spec matches the trace's start" : null,
                        reached.invariant[g][i], broken > 1 ? s.get(broken - 2) : null, actions));
            }
            verdicts.add(vs);
        }
        return verdicts;
    }

    /**
     * What TLC's output says per group g and trace t: the largest l reached (0 when no state of it was),
     * and the smallest l of a state breaking an invariant with that invariant's name (0 and null: none).
     */
    private record Reached(int[][] furthest, int[][] brokenAt, String[][] invariant) {}

    private static Reached reached(Path output, List<List<List<Step>>> steps) {
        int groups = steps.size();
        Reached r = new Reached(new int[groups][], new int[groups][], new String[groups][]);
        for (int g = 0; g < groups; g++) {
            r.furthest[g] = new int[steps.get(g).size()];
            r.brokenAt[g] = new int[steps.get(g).size()];
            r.invariant[g] = new String[steps.get(g).size()];
        }
        try (BufferedReader in = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher m = REACHED_LINE.matcher(line);
                Matcher v = m.matches() ? m : VIOLATED_LINE.matcher(line);
                if (!v.matches()) {
                    continue;
                }
                int g = Integer.parseInt(v.group(1));
                int t = Integer.parseInt(v.group(2));
                int l = Integer.parseInt(v.group(3));
                if (g < 1 || g > groups || t < 1 || t > r.furthest[g - 1].length) {
                    continue;
                }
                if (v == m) {
                    r.furthest[g - 1][t - 1] = Math.max(r.furthest[g - 1][t - 1], l);
                } else if (r.brokenAt[g - 1][t - 1] == 0 || l < r.brokenAt[g - 1][t - 1]) {
                    r.brokenAt[g - 1][t - 1] = l;
                    r.invariant[g - 1][t - 1] = v.group(4);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read TLC's output " + output, e);
        }
        return r;
    }

    /** The variables a trace module declares on its one {@code VARIABLES} line. */
    static String variables(String traceModule) {
        Matcher m = Pattern.compile("(?m)^VARIABLES\\s+(.+)$").matcher(traceModule);
        if (!m.find()) {
            throw new IllegalArgumentException("a Trace*.tla module must declare its variables on one VARIABLES line");
        }
        return m.group(1).replaceAll("\\\\\\*.*", "").trim();
    }

    /** The file holding group g's traces (a tuple of tuples of step records) for the generated module {@code tv}. */
    static String dataFile(String tv, int g) {
        return tv + "_" + g + ".traces";
    }

    /** The traces of one member list as one TLA+ value: a tuple of traces, each a tuple of step records. */
    static String data(List<List<Step>> traces) {
        StringBuilder b = new StringBuilder("<<\n");
        for (int i = 0; i < traces.size(); i++) {
            b.append("  <<");
            List<Step> steps = traces.get(i);
            for (int j = 0; j < steps.size(); j++) {
                b.append(j == 0 ? "\n    " : ",\n    ").append(step(steps.get(j)));
            }
            b.append(i == traces.size() - 1 ? ">>\n" : ">>,\n");
        }
        return b.append(">>\n").toString();
    }

    /**
     * The generated module declares the trace module's variables and one more, {@code tvGroup}, which
     * picks the member list; it instantiates the trace module once per member list with that list's
     * traces (read by {@link TraceData}) substituted for its constants.
     */
    static String traceModule(String name, String module, String variables, List<List<Integer>> members) {
        StringBuilder b = new StringBuilder();
        b.append("---- MODULE ").append(name).append(" ----\n");
        b.append("\\* Generated by Electorate: Java traces of ").append(module).append(" on ").append(members.size())
                .append(" member list(s), validated by ").append(traceModuleOf(module)).append(".tla.\n");
        b.append("EXTENDS Integers, TLC, TraceData\n");
        b.append("VARIABLES ").append(variables).append(", tvGroup\n\n");
        for (int g = 1; g <= members.size(); g++) {
            b.append("Traces").append(g).append(" == Load(").append(TlaValue.of(dataFile(name, g))).append(")\n");
            b.append("G").append(g).append(" == INSTANCE ").append(traceModuleOf(module)).append(" WITH Traces <- Traces")
                    .append(g).append(", Members <- ").append(TlaValue.of(members.get(g - 1))).append("\n");
        }
        // Each state reached prints its group, trace and position (REACHED); the furthest per trace says how far
        // it matched. A state dump would say the same but writes every variable of every state.
        b.append("\nTraceInit ==\n");
        for (int g = 1; g <= members.size(); g++) {
            b.append("    \\/ tvGroup = ").append(g).append(" /\\ G").append(g).append("!TraceInit /\\ PrintT(<<\"")
                    .append(REACHED).append("\", ").append(g).append(", t, l>>)\n");
        }
        b.append("\nTraceNext ==\n    /\\ UNCHANGED tvGroup\n");
        for (int g = 1; g <= members.size(); g++) {
            b.append(g == 1 ? "    /\\ \\/ " : "       \\/ ").append("tvGroup = ").append(g).append(" /\\ G").append(g).append("!TraceNext /\\ PrintT(<<\"")
                    .append(REACHED).append("\", ").append(g).append(", t, l'>>)\n");
        }
        // The spec's invariants on every state reached: an invariant that always holds, printing (VIOLATED)
        // each one that does not, so that TLC goes on and a broken invariant is told apart from a mismatch.
        b.append("\nChecked(g, inv) == \\A name \\in DOMAIN inv : inv[name] \\/ PrintT(<<\"").append(VIOLATED)
                .append("\", g, t, l, name>>)\n");
        b.append("TraceChecked ==\n");
        for (int g = 1; g <= members.size(); g++) {
            b.append("    \\/ tvGroup = ").append(g).append(" /\\ Checked(").append(g).append(", G").append(g)
                    .append("!Invariants)\n");
        }
        b.append("====\n");
        return b.toString();
    }

    private static String step(Step s) {
        Map<String, Object> fields = s.message() == null ? Map.of() : s.message().fields();
        return "[i |-> " + s.index()
                + ", node |-> " + s.node()
                + ", action |-> " + TlaValue.of(s.action())
                + ", from |-> " + s.from()
                + ", type |-> " + TlaValue.of(s.message() == null ? "" : s.message().type())
                + ", msg |-> " + TlaValue.of(fields)
                + ", vars |-> " + TlaValue.of(s.vars())
                + ", sent |-> " + s.sent().stream().map(TraceValidator::send).collect(Collectors.joining(", ", "<<", ">>"))
                + "]";
    }

    /** One message a step sent, as trace modules read it: its receiver, type and fields (the sender is the step's node). */
    private static String send(Envelope e) {
        return "[to |-> " + e.to() + ", type |-> " + TlaValue.of(e.message().type())
                + ", msg |-> " + TlaValue.of(e.message().fields()) + "]";
    }
}
