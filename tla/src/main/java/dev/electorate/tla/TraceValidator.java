package dev.electorate.tla;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides with TLC whether Java traces are behaviours of their TLA+ specification. The traces
 * of one cluster go into one generated module as a constant sequence, and one TLC run explores
 * them all: {@code Trace<Module>.tla} starts each trace in the spec's initial state and lets step
 * k happen only through the spec action of the recorded name leaving the recorded values. TLC
 * dumps every state it reaches; the furthest position reached per trace says how far it matched.
 */
public final class TraceValidator {

    private static final Pattern T = Pattern.compile("^/\\\\ t = (\\d+)$");
    private static final Pattern L = Pattern.compile("^/\\\\ l = (\\d+)$");

    private final Path workDir;
    private Duration timeout = Duration.ofMinutes(10);

    /** @param workDir where the modules, generated trace modules and TLC's files go */
    public TraceValidator(Path workDir) {
        this.workDir = workDir;
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
        TraceVerdict[] verdicts = new TraceVerdict[traces.size()];
        int group = 0;
        for (Map.Entry<List<Integer>, List<Integer>> e : groups.entrySet()) {
            group++;
            List<Trace> members = e.getValue().stream().map(traces::get).toList();
            List<TraceVerdict> found = validateGroup(module, module + "_" + group, e.getKey(), members);
            for (int j = 0; j < found.size(); j++) {
                TraceVerdict v = found.get(j);
                int index = e.getValue().get(j);
                verdicts[index] = new TraceVerdict(index, v.accepted(), v.matched(), v.validated(),
                        v.lastMatched(), v.firstUnmatched(), v.error());
            }
        }
        return List.of(verdicts);
    }

    /**
     * The ring elections share one trace module, TraceRing.tla, told which one by its constant
     * Variant (their specs differ only there); every other spec has its Trace&lt;Module&gt;.tla.
     */
    static String traceModuleOf(String module) {
        return RING_VARIANTS.containsKey(module) ? "TraceRing" : "Trace" + module;
    }

    private static final Map<String, String> RING_VARIANTS = Map.of("LeLann", "lelann", "ChangRoberts", "chang-roberts");

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

    private List<TraceVerdict> validateGroup(String module, String name, List<Integer> ring, List<Trace> traces) {
        List<List<Step>> steps = traces.stream().map(TraceValidator::validatedSteps).toList();
        String tv = "TV" + name;
        // Absolute: TLC runs in workDir, where a relative workDir (the CLI's default --out) is not found.
        Path dump = workDir.toAbsolutePath().resolve(tv + ".states");
        try {
            String variables = variables(Files.readString(workDir.resolve(traceModuleOf(module) + ".tla")));
            Files.writeString(workDir.resolve(tv + ".tla"), traceModule(tv, module, variables, ring, steps),
                    StandardCharsets.UTF_8);
            Files.writeString(workDir.resolve(tv + ".cfg"), """
                    INIT TraceInit
                    NEXT TraceNext
                    """, StandardCharsets.UTF_8);
            Files.deleteIfExists(Path.of(dump + ".dump"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace module into " + workDir, e);
        }
        // -deadlock: a fully matched trace has no successor, which is success here, not an error.
        TlcResult result = new Tlc(workDir).timeout(timeout).arguments("-deadlock", "-dump", dump.toString())
                .check(tv, tv);
        List<TraceVerdict> verdicts = new ArrayList<>();
        if (!(result instanceof TlcResult.Passed)) {
            String why = result instanceof TlcResult.SpecError se ? se.describe() : "TLC says " + result.label();
            for (int i = 0; i < traces.size(); i++) {
                verdicts.add(new TraceVerdict(i, false, 0, steps.get(i).size(), null, null, why));
            }
            return verdicts;
        }
        int[] furthest = furthest(Path.of(dump + ".dump"), traces.size());
        for (int i = 0; i < traces.size(); i++) {
            List<Step> s = steps.get(i);
            int matched = Math.max(0, furthest[i] - 1); // l is the next step to take, from 1
            boolean accepted = furthest[i] > 0 && matched == s.size();
            verdicts.add(new TraceVerdict(i, accepted, matched, s.size(),
                    matched > 0 ? s.get(matched - 1) : null,
                    accepted || furthest[i] == 0 ? null : s.get(matched),
                    furthest[i] == 0 ? "no initial state of the spec matches the trace's start" : null));
        }
        return verdicts;
    }

    /** The largest l reached per trace t (0 when no state of t was reached). */
    private static int[] furthest(Path dump, int traces) {
        int[] max = new int[traces];
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String line;
            int t = -1;
            int l = -1;
            while ((line = in.readLine()) != null) {
                Matcher mt = T.matcher(line);
                Matcher ml = L.matcher(line);
                if (line.startsWith("State ")) {
                    t = -1;
                    l = -1;
                } else if (mt.matches()) {
                    t = Integer.parseInt(mt.group(1));
                } else if (ml.matches()) {
                    l = Integer.parseInt(ml.group(1));
                }
                if (t > 0 && l > 0 && t <= traces) {
                    max[t - 1] = Math.max(max[t - 1], l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("TLC wrote no state dump " + dump, e);
        }
        return max;
    }

    /** The variables a trace module declares on its one {@code VARIABLES} line. */
    static String variables(String traceModule) {
        Matcher m = Pattern.compile("(?m)^VARIABLES\\s+(.+)$").matcher(traceModule);
        if (!m.find()) {
            throw new IllegalArgumentException("a Trace*.tla module must declare its variables on one VARIABLES line");
        }
        return m.group(1).replaceAll("\\\\\\*.*", "").trim();
    }

    /**
     * The generated module declares the trace module's variables and instantiates it with the
     * traces substituted for its constants. (Overriding the constants from the .cfg instead makes
     * TLC re-evaluate the whole trace literal on every reference: thousands of times slower.)
     */
    static String traceModule(String name, String module, String variables, List<Integer> ring,
            List<List<Step>> traces) {
        StringBuilder b = new StringBuilder();
        b.append("---- MODULE ").append(name).append(" ----\n");
        b.append("\\* Generated by Electorate: ").append(traces.size()).append(" Java trace(s) of ").append(module)
                .append(" on ring ").append(ring).append(", validated by ").append(traceModuleOf(module))
                .append(".tla.\n");
        // Integers for negative values in the traces (a lease granted before the clocks started).
        b.append("EXTENDS Integers\n");
        b.append("VARIABLES ").append(variables).append("\n\n");
        b.append("TraceMembers == ").append(TlaValue.of(ring)).append("\n\n");
        b.append("TraceSet == <<\n");
        for (int i = 0; i < traces.size(); i++) {
            b.append("  <<");
            List<Step> steps = traces.get(i);
            for (int j = 0; j < steps.size(); j++) {
                b.append(j == 0 ? "\n    " : ",\n    ").append(step(steps.get(j)));
            }
            b.append(i == traces.size() - 1 ? ">>\n" : ">>,\n");
        }
        b.append(">>\n\n");
        b.append("TV == INSTANCE ").append(traceModuleOf(module))
                .append(" WITH Traces <- TraceSet, Members <- TraceMembers");
        if (RING_VARIANTS.containsKey(module)) {
            b.append(", Variant <- ").append(TlaValue.of(RING_VARIANTS.get(module)));
        }
        b.append("\n");
        b.append("TraceInit == TV!TraceInit\n");
        b.append("TraceNext == TV!TraceNext\n");
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
                + ", vars |-> " + TlaValue.of(s.vars()) + "]";
    }
}
