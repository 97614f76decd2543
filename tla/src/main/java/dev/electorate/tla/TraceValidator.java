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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides with TLC whether Java traces are behaviours of their TLA+ specification. The traces
 * of one cluster go into one generated module as a constant sequence, and one TLC run explores
 * them all: {@code Trace<Module>.tla} starts each trace in the spec's initial state and lets step
 * k happen only through the spec action of the recorded name leaving the recorded values. Every
 * state reached prints its trace and position; the furthest position per trace says how far it matched.
 */
public final class TraceValidator {

    /** The tag of the line the generated module prints for every state it reaches: trace t at position l. */
    static final String REACHED = "reached";
    private static final Pattern REACHED_LINE = Pattern.compile("^<<\"" + REACHED + "\", (\\d+), (\\d+)>>$");

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
            List<Integer> members = traces.get(i).header().cluster().members();
            groups.computeIfAbsent(ORDER_FREE.contains(module) ? members.stream().sorted().toList() : members,
                    k -> new ArrayList<>()).add(i);
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

    /**
     * The specs whose trace modules read {@code Members} only as a set (their nodes address each other
     * by id, not by ring position): traces of the same members in any order share one TLC run, which
     * saves a TLC start per trace. The ring elections' modules take {@code Members} as the ring.
     */
    static final Set<String> ORDER_FREE = Set.of("Bully", "LamportElection", "Raft", "RaftPreVote",
            "RaftCheckQuorum", "RaftPreVoteCheckQuorum", "Paxos", "PaxosLease", "ZkRecipe", "EtcdRecipe");

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
        try {
            String variables = variables(Files.readString(workDir.resolve(traceModuleOf(module) + ".tla")));
            Files.writeString(workDir.resolve(tv + ".tla"), traceModule(tv, module, variables, ring, steps),
                    StandardCharsets.UTF_8);
            Files.writeString(workDir.resolve(tv + ".cfg"), """
                    INIT TraceInit
                    NEXT TraceNext
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace module into " + workDir, e);
        }
        // -deadlock: a fully matched trace has no successor, which is success here, not an error.
        TlcResult result = new Tlc(workDir).timeout(timeout).arguments("-deadlock").check(tv, tv);
        List<TraceVerdict> verdicts = new ArrayList<>();
        if (!(result instanceof TlcResult.Passed)) {
            String why = result instanceof TlcResult.SpecError se ? se.describe() : "TLC says " + result.label();
            for (int i = 0; i < traces.size(); i++) {
                verdicts.add(new TraceVerdict(i, false, 0, steps.get(i).size(), null, null, why));
            }
            return verdicts;
        }
        int[] furthest = furthest(workDir.resolve(Tlc.outputFile(tv)), traces.size());
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

    /** The largest l reached per trace t (0 when no state of t was reached), from TLC's output. */
    private static int[] furthest(Path output, int traces) {
        int[] max = new int[traces];
        try (BufferedReader in = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher m = REACHED_LINE.matcher(line);
                if (m.matches()) {
                    int t = Integer.parseInt(m.group(1));
                    if (t > 0 && t <= traces) {
                        max[t - 1] = Math.max(max[t - 1], Integer.parseInt(m.group(2)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read TLC's output " + output, e);
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
        b.append("EXTENDS Integers, TLC\n");
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
        // Each state reached prints its trace and position (REACHED); the furthest per trace says how far it
        // matched. A state dump would say the same but writes every variable of every state: with msgs
        // growing along a trace, hundreds of megabytes for one long trace.
        b.append("TraceInit == TV!TraceInit /\\ PrintT(<<\"").append(REACHED).append("\", t, l>>)\n");
        b.append("TraceNext == TV!TraceNext /\\ PrintT(<<\"").append(REACHED).append("\", t, l'>>)\n");
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
