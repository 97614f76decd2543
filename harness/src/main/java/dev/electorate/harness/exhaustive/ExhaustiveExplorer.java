package dev.electorate.harness.exhaustive;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import dev.electorate.spec.property.Agreement;
import dev.electorate.spec.property.Property;
import dev.electorate.spec.property.Uniqueness;
import dev.electorate.spec.property.Validity;
import dev.electorate.spec.property.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Breadth-first exploration of every schedule of the real Java nodes within a TLC model's bounds:
 * each world is expanded by every enabled event (and every value of every random draw the node
 * makes), equal worlds are merged, and the state properties are checked in every world, so the
 * first violation found lies at the end of a shortest path.
 */
public final class ExhaustiveExplorer {

    /**
     * The properties decided state by state; Termination is decided on the state graph instead ({@link Liveness}),
     * and Stability, which speaks of time, is not decided here.
     */
    public static final List<Property> PROPERTIES = List.of(new Uniqueness(), new Agreement(), new Validity());

    /**
     * What to explore.
     *
     * @param maxStates stop after this many distinct states (the bounds may leave the space infinite:
     *                  a counter no model constant bounds)
     * @param maxDepth  do not expand states deeper than this
     */
    public record Plan(Algorithm algorithm, String mutant, ModelBounds bounds, long maxStates, int maxDepth,
                       boolean allDraws) {

        /** Draws that leave the next state alike at their extremes are not enumerated (see {@link #explore}). */
        public Plan(Algorithm algorithm, String mutant, ModelBounds bounds, long maxStates, int maxDepth) {
            this(algorithm, mutant, bounds, maxStates, maxDepth, false);
        }
    }

    /**
     * What an exploration found.
     *
     * @param states      distinct states reached (the initial one included)
     * @param transitions events taken, merged or not
     * @param depth       the deepest level reached
     * @param complete    every state within the bounds was expanded (not cut by maxStates or maxDepth)
     * @param pruned      states not expanded because a node's recorded variable exceeded its Max constant
     * @param unusedBounds Max constants that matched no recorded variable
     * @param clockRead   a node read the clock (which stands still here)
     */
    public record Result(long states, long transitions, int depth, double seconds, double cpuSeconds,
                         boolean complete, long pruned, Set<String> unusedBounds, boolean clockRead,
                         Optional<Found> violation) {

        /** Distinct states a second of wall-clock time. */
        public double statesPerSecond() {
            return seconds > 0 ? states / seconds : 0;
        }

        /**
         * Distinct states a second of the exploring thread's CPU time: the figure for one core, whatever
         * else the machine runs (garbage collection and compilation run on other threads).
         */
        public double statesPerCpuSecond() {
            return cpuSeconds > 0 ? states / cpuSeconds : 0;
        }
    }

    /** A violation at the end of a shortest path: the path as moves and as the trace it gives. */
    public record Found(Violation violation, List<Move> path, Trace trace) {}

    private ExhaustiveExplorer() {}

    /** Told how far an exploration has got, every few thousand states expanded. */
    public interface Watcher {
        void at(long expanded, long states, int depth);
    }

    public static Result explore(Plan plan) {
        return explore(plan, (expanded, states, depth) -> { });
    }

    /**
     * Told of each distinct state as it is reached, with the state it was reached from (parents come
     * first, so following them gives a shortest path), for a check that needs every state, such as
     * {@link Conformance}.
     */
    interface Reached {
        /**
         * @param via    the event taken from {@code parent} (null for the initial state), its draws in {@code draws}
         * @param vars   the spec variables the acting node recorded in that event (empty for a fault)
         * @param pruned the state exceeds a Max constant, so is not expanded
         */
        void state(int id, int parent, World world, Engine.Option via, int[] draws, Map<String, Object> vars,
                   boolean pruned);

        /** Whether to stop at the first violation of a property (else explore on and report it at the end). */
        default boolean stopAtViolation() {
            return true;
        }
    }

    public static Result explore(Plan plan, Watcher watcher) {
        return explore(plan, watcher, true, null);
    }

    /** {@code memoize} false runs every node reaction afresh: what the memo's tests compare against. */
    static Result explore(Plan plan, Watcher watcher, boolean memoize) {
        return explore(plan, watcher, memoize, null);
    }

    /** As {@link #explore(Plan, Watcher)}, telling {@code reached} of every distinct state (conformance). */
    static Result explore(Plan plan, Watcher watcher, Reached reached) {
        return explore(plan, watcher, true, reached);
    }

    private static Result explore(Plan plan, Watcher watcher, boolean memoize, Reached reached) {
        long begin = System.nanoTime();
        long cpuBegin = cpuNanos();
        Algorithm a = plan.algorithm();
        Cluster cluster = new Cluster(plan.bounds().members());
        Engine engine = new Engine(a, plan.mutant(), cluster, plan.bounds());
        engine.memoize = memoize;
        // The specs' actions are atomic: conformance holds like with like, without crashes inside a reaction.
        engine.crashInside = reached == null;
        engine.tenures = reached == null;
        int[] ids = plan.bounds().members().stream().mapToInt(Integer::intValue).toArray();
        Map<String, Long> variableBounds = plan.bounds().variables();
        Set<String> unused = new LinkedHashSet<>(variableBounds.keySet());
        Map<String, long[]> limits = new HashMap<>();

        List<World> worlds = new ArrayList<>();
        StateTable seen = new StateTable(worlds);
        IntList parents = new IntList();
        IntList depths = new IntList();
        List<Engine.Option> via = new ArrayList<>();
        List<int[]> draws = new ArrayList<>();
        BitSet pruned = new BitSet();
        long prunedCount = 0;

        World root = engine.initial();
        worlds.add(root);
        seen.add(root, 0);
        // Termination is decided on the graph of plain explorations (a conformance run keeps every state
        // instead), and only within a model that checks it, as TLC does.
        Liveness liveness = reached == null && plan.bounds().checksTermination() ? new Liveness(engine, ids) : null;
        parents.add(-1);
        depths.add(0);
        via.add(null);
        draws.add(null);
        if (reached != null) {
            reached.state(0, -1, root, null, null, Map.of(), false);
        }
        Found first = null;

        List<Engine.Option> options = new ArrayList<>();
        ArrayDeque<int[]> choices = new ArrayDeque<>();
        long transitions = 0;
        boolean complete = true;
        int deepest = 0;
        for (int head = 0; head < worlds.size(); head++) {
            if (pruned.get(head)) {
                continue;
            }
            int depth = depths.get(head);
            if (depth >= plan.maxDepth()) {
                complete = false;
                continue;
            }
            World w = worlds.get(head);
            if ((head & 0xFFF) == 0) {
                watcher.at(head, worlds.size(), depth);
            }
            engine.options(w, options);
            if (liveness != null) {
                if (Liveness.owed(w) && !Liveness.settled(w, ids) && Liveness.quiescent(w, options)) {
                    Found found = quiescent(engine, head, parents, via, draws);
                    return new Result(worlds.size(), transitions, deepest, seconds(begin), cpuSeconds(cpuBegin), false,
                            prunedCount, unused, engine.clockRead, Optional.of(found));
                }
                liveness.begin(head);
            }
            for (Engine.Option o : options) {
                choices.clear();
                choices.push(new int[0]);
                while (!choices.isEmpty()) {
                    int[] prefix = choices.pop();
                    World next = engine.apply(w, o, prefix);
                    transitions++;
                    int[] drawn = engine.lastBounds;
                    Map<String, Object> vars = engine.lastVars;
                    // Every other value of every draw made past the prefix is a path of its own, unless
                    // the draw only picks a delay: abstract time ignores delays, so such a draw leaves
                    // the next state the same at its lowest, middle and highest value.
                    for (int p = drawn.length - 1; p >= prefix.length; p--) {
                        // A crash's place among the effects (the last draw of a cut reaction) is never a delay.
                        boolean cutDraw = o.crash() && next != null && p == drawn.length - 1;
                        if (!plan.allDraws() && !cutDraw && delayOnly(engine, w, o, prefix, p, drawn[p], next)) {
                            continue;
                        }
                        for (int v = drawn[p] - 1; v >= 1; v--) {
                            int[] sibling = Arrays.copyOf(prefix, p + 1);
                            sibling[p] = v;
                            choices.push(sibling);
                        }
                    }
                    if (next == null) {
                        continue; // a reaction of fewer than two effects has no inside to crash in
                    }
                    int id = worlds.size();
                    int known = seen.add(next, id);
                    if (liveness != null) {
                        liveness.edge(w, o, known >= 0 ? known : id, engine.lastClock);
                    }
                    if (known >= 0) {
                        continue;
                    }
                    worlds.add(next);
                    parents.add(head);
                    depths.add(depth + 1);
                    via.add(o);
                    draws.add(Arrays.copyOf(prefix, drawn.length));
                    deepest = Math.max(deepest, depth + 1);
                    boolean over = exceeds(vars, variableBounds, unused, limits) || overfills(plan.bounds(), engine, next)
                            || oversums(variableBounds, unused, next);
                    if (over) {
                        pruned.set(id);
                        prunedCount++;
                    }
                    if (reached != null) {
                        reached.state(id, head, next, o, draws.get(id), vars, over);
                    }
                    String broken = check(a, cluster, ids, next, o.slot());
                    if (broken == null && engine.tenures) {
                        broken = secondTenure(a, ids, w, next, o.slot());
                    }
                    if (broken != null && first == null && reached != null && !reached.stopAtViolation()) {
                        first = reconstruct(engine, id, parents, via, draws, broken);
                    } else if (broken != null && first == null) {
                        Found found = reconstruct(engine, id, parents, via, draws, broken);
                        return new Result(worlds.size(), transitions, deepest, seconds(begin), cpuSeconds(cpuBegin), false, prunedCount,
                                unused, engine.clockRead, Optional.of(found));
                    }
                    if (worlds.size() >= plan.maxStates()) {
                        return new Result(worlds.size(), transitions, deepest, seconds(begin), cpuSeconds(cpuBegin), false, prunedCount,
                                unused, engine.clockRead, lasso(engine, liveness, worlds, parents, via, draws));
                    }
                }
            }
            if (liveness != null) {
                liveness.end();
            }
        }
        Optional<Found> found = Optional.ofNullable(first);
        if (found.isEmpty()) {
            found = lasso(engine, liveness, worlds, parents, via, draws);
        }
        return new Result(worlds.size(), transitions, deepest, seconds(begin), cpuSeconds(cpuBegin), complete,
                prunedCount, unused, engine.clockRead, found);
    }

    /** A fair cycle of unsettled states among those fully expanded, at the end of a shortest path to it, if any. */
    private static Optional<Found> lasso(Engine engine, Liveness liveness, List<World> worlds, IntList parents,
                                         List<Engine.Option> via, List<int[]> draws) {
        if (liveness == null) {
            return Optional.empty();
        }
        Liveness.Lasso lasso = liveness.lasso(worlds);
        if (lasso == null) {
            return Optional.empty();
        }
        List<Engine.Option> options = new ArrayList<>();
        List<int[]> choices = new ArrayList<>();
        chain(lasso.entry(), parents, via, draws, options, choices);
        int entered = options.size();
        for (Liveness.Hop hop : lasso.loop()) {
            options.add(hop.option());
            choices.add(drawsTo(engine, worlds.get(hop.from()), hop.option(), worlds.get(hop.to())));
        }
        Recorded r = record(engine, options, choices);
        int last = r.steps.size() - 1;
        String detail = "moves " + (entered + 1) + " to " + options.size() + " return to the state after move "
                + entered + " and may repeat for ever (each message in flight delivered or lost, each timer due"
                + " fired within them), and in none of their states is one leader known to every live node";
        return Optional.of(new Found(new Violation(TERMINATION, last, last, detail), r.moves,
                trace(engine.algorithm, engine.mutant, engine.cluster, r.steps)));
    }

    /** The violation of a quiescent state without a settled leader, at the end of a shortest path to it. */
    private static Found quiescent(Engine engine, int id, IntList parents, List<Engine.Option> via, List<int[]> draws) {
        List<Engine.Option> options = new ArrayList<>();
        List<int[]> choices = new ArrayList<>();
        chain(id, parents, via, draws, options, choices);
        Recorded r = record(engine, options, choices);
        int last = r.steps.size() - 1;
        String detail = "after move " + options.size() + " nothing but a fault can happen (no message in flight, no"
                + " timer due) and no leader is known to every live node: it stays so for ever";
        return new Found(new Violation(TERMINATION, last, last, detail), r.moves,
                trace(engine.algorithm, engine.mutant, engine.cluster, r.steps));
    }

    /** The property a state without a settled leader for ever breaks. */
    static final String TERMINATION = "Termination";

    /** The draws that take {@code w} by {@code o} to {@code target}: every value of every draw tried, in order. */
    private static int[] drawsTo(Engine engine, World w, Engine.Option o, World target) {
        ArrayDeque<int[]> choices = new ArrayDeque<>();
        choices.push(new int[0]);
        while (!choices.isEmpty()) {
            int[] prefix = choices.pop();
            World next = engine.apply(w, o, prefix);
            int[] drawn = engine.lastBounds;
            if (next != null && next.equals(target)) {
                return Arrays.copyOf(prefix, drawn.length);
            }
            for (int p = drawn.length - 1; p >= prefix.length; p--) {
                for (int v = drawn[p] - 1; v >= 1; v--) {
                    int[] sibling = Arrays.copyOf(prefix, p + 1);
                    sibling[p] = v;
                    choices.push(sibling);
                }
            }
        }
        throw new IllegalStateException("no draws lead by " + o + " to the state the exploration reached");
    }

    /** The options and draws of the shortest path to state {@code id}, appended to {@code options} and {@code choices}. */
    private static void chain(int id, IntList parents, List<Engine.Option> via, List<int[]> draws,
                              List<Engine.Option> options, List<int[]> choices) {
        List<Integer> chain = new ArrayList<>();
        for (int at = id; at > 0; at = parents.get(at)) {
            chain.add(0, at);
        }
        for (int at : chain) {
            options.add(via.get(at));
            choices.add(draws.get(at));
        }
    }

    /** A path re-executed from the start: its moves and the steps it records. */
    private record Recorded(List<Move> moves, List<Step> steps) {}

    private static Recorded record(Engine engine, List<Engine.Option> options, List<int[]> choices) {
        engine.recording = true;
        engine.restartSteps();
        World w = engine.initial();
        List<Move> moves = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) {
            moves.add(engine.move(w, options.get(k), choices.get(k)));
            w = engine.apply(w, options.get(k), choices.get(k));
            steps.addAll(engine.lastSteps());
        }
        engine.recording = false;
        return new Recorded(moves, steps);
    }

    /**
     * Whether the draw at {@code position} leaves the next state as its value 0 did at the other extreme and
     * midway ({@code atZero} null: a crash inside a reaction that made fewer than two effects).
     */
    private static boolean delayOnly(Engine engine, World w, Engine.Option o, int[] prefix, int position, int bound,
                                     World atZero) {
        if (bound <= 2) {
            return false; // two values: enumerating costs no more than probing
        }
        for (int v : new int[] {bound - 1, bound / 2}) {
            int[] probe = Arrays.copyOf(prefix, position + 1);
            probe[position] = v;
            World other = engine.apply(w, o, probe);
            // Null: a reaction too small to crash inside, at either value.
            if (other == null ? atZero != null : !other.equals(atZero)) {
                return false;
            }
        }
        return true;
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static double cpuSeconds(long begin) {
        return (cpuNanos() - begin) / 1e9;
    }

    private static double seconds(long begin) {
        return (System.nanoTime() - begin) / 1e9;
    }

    /**
     * Whether the step was the ring leader's token sent onto a link that now holds more than the model's
     * {@code MaxChan} messages: the spec's {@code SendAlive} stutters there instead, so the state it leads
     * to is checked but not expanded, as a state past a constraint is. Without the guard the token goes
     * round for ever, and the nodes' per-epoch message counters with it.
     */
    private static boolean overfills(ModelBounds bounds, Engine engine, World next) {
        int limit = bounds.channel();
        if (limit < 0 || !ModelBounds.GUARDED_SEND.equals(engine.lastAction)) {
            return false;
        }
        for (World.Flight sent : engine.lastSent) {
            int held = 0;
            for (World.Flight f : next.flights) {
                if (f.sameLink(sent)) {
                    held++;
                }
            }
            if (held > limit) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the nodes' values of a variable add up past the sum the model's constraint allows (etcd's
     * campaigns in all): read where the world keeps each node's last recorded value ({@link TimerRule#EPOCH}),
     * a down node's included, since what it recorded last is what it will go on from.
     */
    private static boolean oversums(Map<String, Long> bounds, Set<String> unused, World next) {
        boolean over = false;
        for (Map.Entry<String, Long> b : bounds.entrySet()) {
            if (!b.getKey().startsWith(ModelBounds.SUM)
                    || !TimerRule.EPOCH.contains(b.getKey().substring(ModelBounds.SUM.length()))) {
                continue;
            }
            unused.remove(b.getKey());
            long total = 0;
            for (long v : next.epochs) {
                total += v;
            }
            over |= total > b.getValue();
        }
        return over;
    }

    /** Whether the acting node recorded a variable beyond the Max constant that bounds it. */
    private static boolean exceeds(Map<String, Object> vars, Map<String, Long> bounds, Set<String> unused,
                                   Map<String, long[]> limits) {
        if (bounds.isEmpty() || vars.isEmpty()) {
            return false;
        }
        boolean over = false;
        for (Map.Entry<String, Object> v : vars.entrySet()) {
            // The limit a variable name gets (the smallest Max constant that bounds it) is worked out once.
            long[] limit = limits.computeIfAbsent(v.getKey(), name -> {
                long least = Long.MAX_VALUE;
                for (Map.Entry<String, Long> b : bounds.entrySet()) {
                    if (ModelBounds.bounds(b.getKey(), name)) {
                        least = Math.min(least, b.getValue());
                        unused.remove(b.getKey());
                    }
                }
                return least == Long.MAX_VALUE ? null : new long[] {least};
            });
            if (limit != null && v.getValue() instanceof Number n && n.longValue() > limit[0]) {
                over = true;
            }
        }
        return over;
    }

    /**
     * The state properties in {@code w}, as the trace checks of {@link #PROPERTIES} decide them when
     * {@code acting} has just stepped; null when they hold.
     */
    static String check(Algorithm a, Cluster cluster, int[] ids, World w, int acting) {
        int id = ids[acting];
        if (w.up(acting) && w.roles[acting] == Role.LEADER && w.terms[acting] != 0) {
            int first = Engine.firstLeader(w.termLeaders, w.terms[acting]);
            if (first != id && first != Cluster.NONE) {
                return "Uniqueness: node " + id + " leads term " + w.terms[acting] + ", which node " + first
                        + " already led";
            }
        }
        int leaders = 0;
        int single = Cluster.NONE;
        for (int i = 0; i < ids.length; i++) {
            if (w.up(i) && w.roles[i] == Role.LEADER) {
                leaders++;
                single = ids[i];
            }
        }
        if (leaders > 1) {
            if (a.exclusiveLeadership()) {
                return "Uniqueness: two live nodes believe they lead";
            }
            int zero = 0;
            for (int i = 0; i < ids.length; i++) {
                if (w.up(i) && w.roles[i] == Role.LEADER && w.terms[i] == 0) {
                    zero++;
                }
            }
            if (zero > 1) {
                return "Uniqueness: two live nodes believe they lead";
            }
            // Agreement: two live nodes name different live leaders, each in the term that leader holds.
            int named = Cluster.NONE;
            for (int i = 0; i < ids.length; i++) {
                if (!w.up(i)) {
                    continue;
                }
                int l = w.leaders[i];
                int ls = slotOrMinus(ids, l);
                if (ls < 0 || !w.up(ls) || w.roles[ls] != Role.LEADER || w.terms[ls] != w.terms[i]) {
                    continue;
                }
                if (named == Cluster.NONE) {
                    named = l;
                } else if (l != named && w.terms[slotOrMinus(ids, named)] == w.terms[i]) {
                    return "Agreement: nodes follow two leaders";
                }
            }
            return null;
        }
        if (leaders == 1) {
            for (int i = 0; i < ids.length; i++) {
                if (w.up(i) && w.leaders[i] != single) {
                    return null;
                }
            }
            SortedSet<Integer> live = new TreeSet<>();
            for (int i = 0; i < ids.length; i++) {
                if (w.up(i)) {
                    live.add(ids[i]);
                }
            }
            OptionalInt expected = a.expectedLeader(cluster, live);
            if (expected.isPresent() && expected.getAsInt() != single) {
                return "Validity: node " + single + " is the settled leader, not node " + expected.getAsInt();
            }
        }
        return null;
    }

    /**
     * A term other than 0 has one tenure: a leader's term is the fencing token it hands the fenced
     * resource (the client history's acquire, whose tokens must strictly increase: random search kills
     * Paxos {@code forget-round} by Linearizability for this), so a node that takes up the lead of a term
     * whose tenure ended reuses a token (Paxos.tla's Uniqueness: a ballot is led once). The
     * engine marks a tenure ended in the state's memory ({@code Engine#tenures}). Null when {@code acting}
     * did not take up the lead of an ended tenure's term in the step from {@code before} to {@code after}.
     */
    static String secondTenure(Algorithm a, int[] ids, World before, World after, int acting) {
        if (!after.up(acting) || after.roles[acting] != Role.LEADER) {
            return null;
        }
        long term = after.terms[acting];
        boolean leading = before.up(acting) && before.roles[acting] == Role.LEADER && before.terms[acting] == term;
        if (term == 0 || leading || !Engine.tenureEnded(before.termLeaders, term)) {
            return null;
        }
        return "Uniqueness: node " + ids[acting] + " leads term " + term + " again after that term's tenure ended,"
                + " reusing its fencing token";
    }

    private static int slotOrMinus(int[] ids, int id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** Re-executes the path to world {@code id} from the start, recording each step. */
    private static Found reconstruct(Engine engine, int id, IntList parents, List<Engine.Option> via,
                                     List<int[]> draws, String broken) {
        List<Engine.Option> options = new ArrayList<>();
        List<int[]> choices = new ArrayList<>();
        chain(id, parents, via, draws, options, choices);
        Recorded r = record(engine, options, choices);
        List<Move> moves = r.moves;
        List<Step> steps = r.steps;
        Trace trace = trace(engine.algorithm, engine.mutant, engine.cluster, steps);
        Violation v = firstViolation(trace, engine.algorithm)
                .orElse(new Violation(broken.substring(0, broken.indexOf(':')), steps.size() - 1, steps.size() - 1,
                        broken.substring(broken.indexOf(':') + 2)));
        return new Found(v, moves, trace);
    }

    /** The trace of an exhaustive path: one tick per step, nothing healed, the horizon at its end. */
    static Trace trace(Algorithm a, String mutant, Cluster cluster, List<Step> steps) {
        TraceHeader header = new TraceHeader(a.name(), mutant, cluster, 0, FAULT_CLASS, 0, a.terminationBound(cluster),
                steps.size());
        return new Trace(header, steps);
    }

    /** The fault class an exhaustive path is filed under. */
    public static final String FAULT_CLASS = "exhaustive";

    /** The first violation of the state properties in {@code trace}, by step. */
    public static Optional<Violation> firstViolation(Trace trace, Algorithm a) {
        Violation first = null;
        for (Property p : PROPERTIES) {
            Optional<Violation> v = p.check(trace, a);
            if (v.isPresent() && (first == null || v.get().step() < first.step())) {
                first = v.get();
            }
        }
        return Optional.ofNullable(first);
    }

    /** Replays a path of moves from the start and returns its trace. */
    public static Trace replay(Algorithm a, String mutant, List<Integer> members, List<Move> path) {
        Cluster cluster = new Cluster(members);
        ModelBounds any = new ModelBounds("replay", List.copyOf(members), Map.of(), Integer.MAX_VALUE,
                new TreeSet<>(members), Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Map.of(), Map.of());
        Engine engine = new Engine(a, mutant, cluster, any);
        engine.recording = true;
        World w = engine.initial();
        List<Step> steps = new ArrayList<>();
        for (Move m : path) {
            Engine.Option o = engine.option(w, m);
            w = engine.apply(w, o, Engine.draws(m));
            if (w == null) {
                throw new IllegalArgumentException("move '" + m.describe() + "' crashes inside a reaction of fewer than"
                        + " two effects");
            }
            steps.addAll(engine.lastSteps());
        }
        return trace(a, mutant, cluster, steps);
    }

    /**
     * Termination on a replayed path, decided as the exploration decides it within {@code bounds}: the
     * path ends in a quiescent state without a settled leader, or it ends where it was after an earlier
     * move and the moves between form a fair loop (see {@link Liveness}) through unsettled states only.
     */
    public static Optional<Violation> termination(Algorithm a, String mutant, ModelBounds bounds, List<Move> path) {
        Cluster cluster = new Cluster(bounds.members());
        Engine engine = new Engine(a, mutant, cluster, bounds);
        int[] ids = bounds.members().stream().mapToInt(Integer::intValue).toArray();
        engine.recording = true;
        World w = engine.initial();
        List<World> worlds = new ArrayList<>(List.of(w));
        List<Engine.Option> taken = new ArrayList<>();
        List<Boolean> clocks = new ArrayList<>();
        int steps = 0;
        for (Move m : path) {
            Engine.Option o = engine.option(w, m);
            taken.add(o);
            w = engine.apply(w, o, Engine.draws(m));
            if (w == null) {
                return Optional.empty();
            }
            clocks.add(engine.lastClock);
            steps += engine.lastSteps().size();
            worlds.add(w);
        }
        int last = steps - 1;
        List<Engine.Option> options = new ArrayList<>();
        engine.options(w, options);
        if (Liveness.owed(w) && !Liveness.settled(w, ids) && Liveness.quiescent(w, options)) {
            return Optional.of(new Violation(TERMINATION, last, last, "after move " + path.size() + " nothing but a"
                    + " fault can happen (no message in flight, no timer due) and no leader is known to every live"
                    + " node: it stays so for ever"));
        }
        int end = worlds.size() - 1;
        for (int k = 0; k < end; k++) {
            if (!worlds.get(k).equals(w)) {
                continue;
            }
            List<World> loop = worlds.subList(k, end);
            if (!loop.stream().allMatch(x -> Liveness.owed(x) && !Liveness.settled(x, ids))) {
                return Optional.empty();
            }
            List<Object> served = new ArrayList<>();
            for (int j = k; j < end; j++) {
                if (!Liveness.fair(worlds.get(j), taken.get(j)) || clocks.get(j)) {
                    return Optional.empty();
                }
                served.add(Liveness.takenBy(worlds.get(j), taken.get(j)));
            }
            if (!new Liveness(engine, ids).unserved(loop, served).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Violation(TERMINATION, last, last, "moves " + (k + 1) + " to " + path.size()
                    + " return to the state after move " + k + " and may repeat for ever (each message in flight"
                    + " delivered or lost, each timer due fired within them), and in none of their states is one"
                    + " leader known to every live node"));
        }
        return Optional.empty();
    }

    /**
     * The set of states seen: open addressing over the states' ids, with each hash kept beside its
     * id so that a probe touches a state only when the hashes agree (the table outgrows the caches).
     */
    private static final class StateTable {
        private final List<World> worlds;
        private int[] ids = new int[1 << 12];
        private int[] hashes = new int[1 << 12];
        private int size;

        StateTable(List<World> worlds) {
            this.worlds = worlds;
        }

        /** Adds {@code w} as state {@code id} unless an equal state is there: -1 when added, else that state's id. */
        int add(World w, int id) {
            if (2 * (size + 1) > ids.length) {
                grow();
            }
            int h = w.hashCode();
            int mask = ids.length - 1;
            for (int at = h & mask; ; at = (at + 1) & mask) {
                int held = ids[at];
                if (held == 0) {
                    ids[at] = id + 1;
                    hashes[at] = h;
                    size++;
                    return -1;
                }
                if (hashes[at] == h && worlds.get(held - 1).equals(w)) {
                    return held - 1;
                }
            }
        }

        private void grow() {
            int[] oldIds = ids;
            int[] oldHashes = hashes;
            ids = new int[oldIds.length * 2];
            hashes = new int[oldIds.length * 2];
            int mask = ids.length - 1;
            for (int i = 0; i < oldIds.length; i++) {
                if (oldIds[i] != 0) {
                    int at = oldHashes[i] & mask;
                    while (ids[at] != 0) {
                        at = (at + 1) & mask;
                    }
                    ids[at] = oldIds[i];
                    hashes[at] = oldHashes[i];
                }
            }
        }
    }
}
