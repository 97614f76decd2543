package dev.electorate.harness.exhaustive;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.tla.TlaLibrary;
import dev.electorate.tla.Tlc;
import dev.electorate.tla.TlcDump;
import dev.electorate.tla.TlcResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Conformance both ways between the Java nodes and their spec, in one TLC model's bounds: every
 * distinct state the exhaustive explorer reaches, projected onto the spec variables the nodes record
 * ({@link SpecProjection}), against every state TLC reaches in the same model, projected alike. A
 * projected Java state the spec lacks is a conformance failure, shown with a shortest Java path to it;
 * a projected spec state the Java nodes never reach is acceptable only when one of the algorithm's
 * documented {@link SpecOnly} kinds explains it.
 */
public final class Conformance {

    /** How many differences of each side a report keeps whole (the counts are always complete). */
    static final int SHOWN = 20;

    /**
     * What a comparison found.
     *
     * @param recorded        the spec variables compared (those the Java nodes record)
     * @param javaStates      distinct Java states explored (within the bounds: states past a Max constant
     *                        are outside the model and left out of the projection)
     * @param javaProjected   distinct projections of those
     * @param tlcStates       distinct states TLC reached
     * @param tlcProjected    distinct projections of those
     * @param javaOnly        projected Java states the spec lacks, each with a shortest path (at most {@link #SHOWN})
     * @param javaOnlyCount   how many there are
     * @param specOnly        per documented kind, how many projected spec states it explains
     * @param unexplained     projected spec states no documented kind explains (at most {@link #SHOWN})
     * @param unexplainedCount how many there are
     * @param complete        the Java exploration expanded every state within the bounds
     */
    public record Report(String algorithm, String model, Map<String, String> overrides, Set<String> recorded,
                         long javaStates,
                         long javaProjected, long tlcStates, long tlcProjected, List<JavaOnly> javaOnly,
                         long javaOnlyCount, Map<String, Long> specOnly, List<String> unexplained,
                         long unexplainedCount, boolean complete) {

        /** No conformance failure: every projected Java state is a spec state. */
        public boolean conforms() {
            return javaOnlyCount == 0;
        }

        /** Every difference is a documented spec-only kind (or there is none). */
        public boolean explained() {
            return conforms() && unexplainedCount == 0;
        }

        /** The sets are equal. */
        public boolean equal() {
            return conforms() && unexplainedCount == 0 && specOnly.values().stream().allMatch(c -> c == 0);
        }

        /** Projected spec states the Java nodes never reach, explained or not. */
        public long specOnlyCount() {
            return unexplainedCount + specOnly.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A projected Java state the spec lacks, with a shortest path of moves that reaches it. */
    public record JavaOnly(String state, List<Move> path) {}

    private Conformance() {}

    /**
     * Explores the Java nodes of {@code algorithm} in {@code bounds} (at most {@code maxStates} states), runs
     * TLC on the same model in {@code workDir} (the model's constants in {@code overrides} replaced: see
     * {@link #overrides}) and compares.
     */
    public static Report check(Algorithm algorithm, String mutant, ModelBounds model, boolean faultFree,
                               long maxStates, Path workDir, Duration tlcLimit) {
        ModelBounds bounds = withModuleBounds(faultFree ? faultFree(model) : model, moduleOf(model.config()));
        Algorithm onSpecLinks = FIFO_SPECS.contains(algorithm.name()) ? new Links(algorithm, false) : algorithm;
        JavaSide java = JavaSide.explore(onSpecLinks, mutant, bounds, maxStates);
        String module = moduleOf(bounds.config());
        Map<String, String> overrides = overrides(bounds, faultFree);
        TlaLibrary.extractTo(workDir);
        Tlc tlc = new Tlc(workDir).workers(1).timeout(tlcLimit);
        TlcDump.Run run = TlcDump.run(workDir, module, bounds.config(),
                bounds.config() + (faultFree ? "FaultFree" : "Conformance"), overrides, tlc);
        if (!(run.result() instanceof TlcResult.Passed)) {
            throw new IllegalStateException("TLC did not reach every state of " + bounds.config() + ": "
                    + (run.result() instanceof TlcResult.SpecError e ? e.describe() : run.result().label()));
        }
        SpecProjection projection = new SpecProjection(bounds.members(), java.recorded());
        Set<String> tlcProjected = new HashSet<>();
        List<String>[] initial = new List[1];
        long tlcStates = TlcDump.read(run.file(), vars -> {
            List<String> views = projection.views(vars);
            if (initial[0] == null) {
                initial[0] = views; // TLC dumps an initial state first
            }
            tlcProjected.add(SpecProjection.state(views));
        });
        Map<String, Integer> javaProjected = java.project(projection, initial[0]);
        List<JavaOnly> javaOnly = new ArrayList<>();
        long javaOnlyCount = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(javaProjected).entrySet()) {
            if (!tlcProjected.contains(e.getKey())) {
                javaOnlyCount++;
                if (javaOnly.size() < SHOWN) {
                    javaOnly.add(new JavaOnly(e.getKey(), java.path(e.getValue())));
                }
            }
        }
        List<SpecOnly> kinds = SpecOnly.of(algorithm.name());
        Map<String, Long> specOnly = new LinkedHashMap<>();
        kinds.forEach(k -> specOnly.put(k.name(), 0L));
        List<String> missing = new ArrayList<>();
        boolean unseen = false;
        for (String s : new TreeSet<>(tlcProjected)) {
            if (!javaProjected.containsKey(s)) {
                missing.add(s);
                List<String> views = SpecProjection.views(s);
                unseen |= kinds.stream().noneMatch(k -> k.explains(views, initial[0]));
            }
        }
        // The states the Java nodes reach when a few more timers may fire while messages are in flight.
        Set<String> relaxed = !unseen ? Set.of()
                : JavaSide.explore(onSpecLinks, mutant, relaxed(bounds), Math.min(maxStates, relaxedStates(algorithm.name())))
                .project(projection, initial[0])
                .keySet();
        // The states the Java nodes reach on links that reorder, where the spec's network is unordered.
        boolean outOfOrder = kinds.contains(SpecOnly.REORDERED) && missing.stream().anyMatch(s -> !relaxed.contains(s)
                && kinds.stream().noneMatch(k -> k.explains(SpecProjection.views(s), initial[0])));
        Set<String> reordered = !outOfOrder ? Set.of()
                : JavaSide.explore(new Links(algorithm, true), mutant, bounds, Math.min(maxStates, RELAXED_STATES))
                .project(projection, initial[0])
                .keySet();
        // The Java states with what the clients not leading heard of the leader left out, where a kind asks.
        Set<List<String>> unheard = new HashSet<>();
        if (unseen && kinds.contains(SpecOnly.LEADER_HEARD)) {
            javaProjected.keySet().forEach(j -> unheard.add(SpecOnly.unheard(SpecProjection.views(j))));
        }
        List<String> unexplained = new ArrayList<>();
        long unexplainedCount = 0;
        for (String s : missing) {
            List<String> views = SpecProjection.views(s);
            SpecOnly kind = kinds.stream().filter(k -> k.explains(views, initial[0])).findFirst()
                    .orElse(relaxed.contains(s) ? SpecOnly.TIMERS_IN_FLIGHT
                            : unheard.contains(SpecOnly.unheard(views)) ? SpecOnly.LEADER_HEARD : reordered.contains(s) ? SpecOnly.REORDERED : null);
            if (kind != null) {
                specOnly.merge(kind.name(), 1L, Long::sum);
            } else {
                unexplainedCount++;
                if (unexplained.size() < SHOWN) {
                    unexplained.add(s);
                }
            }
        }
        return new Report(algorithm.name(), bounds.config(), overrides, projection.recorded(), java.withinBounds(), javaProjected.size(),
                tlcStates, tlcProjected.size(), javaOnly, javaOnlyCount, specOnly, unexplained, unexplainedCount,
                java.complete());
    }

    /**
     * The constants TLC's run replaces: the Java nodes always start together, so a model that begins
     * settled is compared from a together start (the explorer reaches the settled state by exploring); the
     * etcd clients always learn who leads, so a model that leaves it out ({@code Observe}) is run with it.
     */
    static Map<String, String> overrides(ModelBounds bounds, boolean faultFree) {
        Map<String, String> out = new LinkedHashMap<>();
        if (bounds.constants().containsKey("Boot")) {
            out.put("Boot", "\"together\"");
        }
        // The etcd recipe's clients always ask who leads with their keep-alives; a model may leave that out.
        if (bounds.constants().containsKey("Observe")) {
            out.put("Observe", "TRUE");
        }
        if (faultFree) {
            for (String c : FAULTS) {
                if (bounds.constants().containsKey(c)) {
                    out.put(c, "0");
                }
            }
        }
        return out;
    }

    /**
     * {@code bounds} with the {@code Max<X> == n} definitions of the model's module as well (a model may
     * bound a variable there, through a CONSTRAINT, rather than by a constant of its .cfg), so that the
     * Java states past them are left out as TLC leaves out the states past its constraint.
     */
    static ModelBounds withModuleBounds(ModelBounds bounds, String module) {
        String text;
        try (java.io.InputStream in = TlaLibrary.open(module + ".tla")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + module + ".tla: " + e.getMessage(), e);
        }
        Map<String, Long> variables = new LinkedHashMap<>(bounds.variables());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(Max[A-Z]\\w*)\\s*==\\s*(\\d+)\\s*$")
                .matcher(text);
        while (m.find()) {
            variables.putIfAbsent(m.group(1), Long.parseLong(m.group(2)));
        }
        // Itai-Rodeh's K is the size of the id space (ids are drawn from 1..K); the Java node draws from a
        // space of its own, so its states with a larger id lie outside the model.
        String k = bounds.constants().get("K");
        if (k != null && k.matches("\\d+")) {
            variables.putIfAbsent("MaxId", Long.parseLong(k));
        }
        return new ModelBounds(bounds.config(), bounds.members(), bounds.constants(), bounds.crashes(),
                bounds.crashable(), bounds.early(), bounds.losses(), bounds.duplicates(), variables, bounds.ignored());
    }

    /** How many more timers {@link SpecOnly#TIMERS_IN_FLIGHT} lets fire while messages are in flight. */
    static final int MORE_EARLY = 2;

    /**
     * The most states the second exploration visits: it only explains, so a cut one explains less (the
     * states it leaves out stay listed as not documented) but never hides a Java state.
     */
    static final long RELAXED_STATES = 300_000;

    /**
     * The rings' second exploration may visit more: their acknowledgement timers given early timeouts skip
     * successors and start newer epochs, which multiplies the states, and RingBase's acknowledgement oracle
     * lets the timer run out while the {@code Ack} of the oldest hop it waits for is still on its way (the
     * Java timer outlasts that round trip), which only early timeouts reach.
     */
    static final long RING_RELAXED_STATES = 1_500_000;

    /** The most states the second exploration of {@code algorithm} (its command-line name) visits. */
    static long relaxedStates(String algorithm) {
        String base = algorithm.split("\\+")[0];
        return base.equals("lelann") || base.equals("chang-roberts") ? RING_RELAXED_STATES : RELAXED_STATES;
    }

    /** {@code bounds} with {@link #MORE_EARLY} more early timeouts. */
    static ModelBounds relaxed(ModelBounds b) {
        return new ModelBounds(b.config(), b.members(), b.constants(), b.crashes(), b.crashable(), b.early() + MORE_EARLY,
                b.losses(), b.duplicates(), b.variables(), b.ignored());
    }

    /**
     * The algorithms whose spec keeps every link FIFO while their Java node tolerates reordering, so that the
     * explorer would deliver any message in flight: Itai-Rodeh's models hold each link as a sequence (its
     * reordering is a network fault of MCItaiRodeh3Links, with a budget). Their Java nodes are compared on
     * FIFO links, the network of the model compared; otherwise the Java side would reach, by messages
     * overtaking each other, states outside the model's bounds.
     */
    public static final List<String> FIFO_SPECS = List.of("itai-rodeh");

    /**
     * {@code inner} on links that reorder or not: the same nodes, names and properties, its assumptions
     * saying whether messages on one link may overtake each other, which the explorer reads to deliver any
     * message in flight, or each link's oldest.
     */
    private record Links(Algorithm inner, boolean reordering) implements Algorithm {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public String tlaModule() {
            return inner.tlaModule();
        }

        @Override
        public dev.electorate.spec.Assumptions assumptions() {
            dev.electorate.spec.Assumptions a = inner.assumptions();
            return new dev.electorate.spec.Assumptions(a.synchronyBound(), a.reliableLinks(), a.failures(),
                    a.partitions(), a.pauses(), a.duplication(), reordering, a.clockSkew(), a.ids(), a.why());
        }

        @Override
        public List<dev.electorate.spec.Mutant> mutants() {
            return inner.mutants();
        }

        @Override
        public dev.electorate.spec.Node create(int self, Cluster cluster, String mutant) {
            return inner.create(self, cluster, mutant);
        }

        @Override
        public java.util.OptionalInt expectedLeader(Cluster cluster, java.util.SortedSet<Integer> live) {
            return inner.expectedLeader(cluster, live);
        }

        @Override
        public long terminationBound(Cluster cluster) {
            return inner.terminationBound(cluster);
        }

        @Override
        public boolean exclusiveLeadership() {
            return inner.exclusiveLeadership();
        }
    }

    /** The constants that bound faults: zero in a model's fault-free variant. */
    static final List<String> FAULTS = List.of("MaxCrashes", "MaxEarly", "MaxLosses", "MaxDuplicates", "MaxExpiries",
            "MaxSuspicions", "MaxPauses");

    /** {@code bounds} with every fault budget zero: the same model without faults. */
    static ModelBounds faultFree(ModelBounds bounds) {
        Map<String, String> constants = new LinkedHashMap<>(bounds.constants());
        Map<String, Long> variables = new LinkedHashMap<>(bounds.variables());
        for (String c : FAULTS) {
            constants.computeIfPresent(c, (k, v) -> "0");
            variables.computeIfPresent(c, (k, v) -> 0L);
        }
        return new ModelBounds(bounds.config(), bounds.members(), constants, 0, bounds.crashable(), 0, 0, 0,
                variables, bounds.ignored());
    }

    private static String moduleOf(String config) {
        return dev.electorate.tla.Models.all().stream().filter(m -> m.config().equals(config)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no model " + config + " in models.tsv")).module();
    }

    /** The Java side: every explored world's per-node recorded variables, and how to get back to it. */
    private static final class JavaSide implements ExhaustiveExplorer.Reached {
        private static final int UNSTARTED = 0;
        private static final int DOWN = 1;

        private final Algorithm algorithm;
        private final String mutant;
        private final ModelBounds bounds;
        private final int n;
        /** Per world, per node: the index of its recorded variables in {@link #maps} (or UNSTARTED, DOWN). */
        private int[] views = new int[1 << 12];
        private final List<Map<String, Object>> maps = new ArrayList<>(List.of(Map.of(), Map.of()));
        private final Map<Map<String, Object>, Integer> interned = new HashMap<>();
        private final List<Integer> parents = new ArrayList<>();
        private final List<Engine.Option> via = new ArrayList<>();
        private final List<int[]> draws = new ArrayList<>();
        private final Set<Integer> pruned = new HashSet<>();
        /** Per member: the variables it recorded. */
        private final Map<Integer, Set<String>> recorded = new TreeMap<>();
        private boolean complete;

        private JavaSide(Algorithm algorithm, String mutant, ModelBounds bounds) {
            this.algorithm = algorithm;
            this.mutant = mutant;
            this.bounds = bounds;
            this.n = bounds.members().size();
        }

        static JavaSide explore(Algorithm algorithm, String mutant, ModelBounds bounds, long maxStates) {
            JavaSide side = new JavaSide(algorithm, mutant, bounds);
            ExhaustiveExplorer.Result r = ExhaustiveExplorer.explore(
                    new ExhaustiveExplorer.Plan(algorithm, mutant, bounds, maxStates, Integer.MAX_VALUE),
                    (expanded, states, depth) -> { }, side);
            side.complete = r.complete();
            return side;
        }

        @Override
        public boolean stopAtViolation() {
            return false;
        }

        @Override
        public void state(int id, int parent, World world, Engine.Option o, int[] drawn, Map<String, Object> vars,
                          boolean over) {
            if ((id + 1) * n > views.length) {
                views = Arrays.copyOf(views, views.length * 2);
            }
            for (int s = 0; s < n; s++) {
                int view;
                if (s >= world.started) {
                    view = UNSTARTED;
                } else if (!world.up(s)) {
                    view = DOWN;
                } else if (o != null && o.slot() == s && !vars.isEmpty()) {
                    int before = views[parent * n + s];
                    Map<String, Object> merged = new TreeMap<>(before > DOWN ? maps.get(before) : Map.of());
                    merged.putAll(vars);
                    recorded.computeIfAbsent(bounds.members().get(s), k -> new TreeSet<>()).addAll(vars.keySet());
                    view = interned.computeIfAbsent(merged, m -> {
                        maps.add(m);
                        return maps.size() - 1;
                    });
                } else {
                    view = views[parent * n + s];
                }
                views[id * n + s] = view;
            }
            parents.add(parent);
            via.add(o);
            draws.add(drawn);
            if (over) {
                pruned.add(id);
            }
        }

        Map<Integer, Set<String>> recorded() {
            return recorded;
        }

        boolean complete() {
            return complete;
        }

        long withinBounds() {
            return parents.size() - pruned.size();
        }

        /** Projected state to the first (so shallowest) world within the bounds that has it. */
        Map<String, Integer> project(SpecProjection projection, List<String> initial) {
            String[] text = new String[maps.size()];
            Map<String, Integer> out = new HashMap<>();
            List<String> state = new ArrayList<>(n);
            for (int id = 0; id < parents.size(); id++) {
                if (pruned.contains(id)) {
                    continue;
                }
                state.clear();
                for (int s = 0; s < n; s++) {
                    int v = views[id * n + s];
                    if (v == UNSTARTED) {
                        // A node not yet started has recorded nothing: it holds the spec's initial values.
                        state.add(initial.get(s));
                    } else if (v == DOWN) {
                        state.add(SpecProjection.DOWN);
                    } else {
                        if (text[v] == null) {
                            text[v] = projection.nodeView(maps.get(v));
                        }
                        state.add(text[v]);
                    }
                }
                out.putIfAbsent(SpecProjection.state(state), id);
            }
            return out;
        }

        /** A shortest path of moves from the start to world {@code id}, re-executed to name each move. */
        List<Move> path(int id) {
            List<Integer> chain = new ArrayList<>();
            for (int at = id; at > 0; at = parents.get(at)) {
                chain.add(0, at);
            }
            Engine engine = new Engine(algorithm, mutant, new Cluster(bounds.members()), bounds);
            World w = engine.initial();
            List<Move> moves = new ArrayList<>();
            for (int at : chain) {
                moves.add(engine.move(w, via.get(at), draws.get(at)));
                w = engine.apply(w, via.get(at), draws.get(at));
            }
            return moves;
        }
    }
}
