package dev.electorate.harness.exhaustive;

import dev.electorate.harness.exhaustive.World.Flight;
import dev.electorate.spec.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Termination decided on the explored state graph, as the specifications state it: after the finitely
 * many faults, one leader known to every live node, for good ({@code <>[](\E l : Settled(l))}) under
 * the specs' fairness (every message in flight is eventually delivered or lost to a down receiver,
 * every timer the algorithm's {@link TimerRule} lets fire on time eventually fires).
 *
 * <p>Two shapes of violation are sound to report. A <em>quiescent</em> state, where nothing but a
 * fault (a crash, a restart, an early timeout, a loss or duplication within the model's budgets, all
 * unfair) can happen, stays as it is for ever in a fair behaviour, so if no leader is settled there
 * Termination fails. A <em>lasso</em>: a set of states, strongly connected by fair events only, none
 * of them settled, no edge a reaction that read the clock, in which every message present in all of
 * them is delivered or lost by one of their edges and every timer due on time in any of them fires on
 * one of their edges (see {@link #unserved}): a path through all of them, repeated, is a fair behaviour
 * that never settles. Only fully expanded states take part (a state cut by a bound, the depth or the
 * budget is neither quiescent nor in a lasso), and Termination is owed only where every node started
 * and a majority is up (a quorum algorithm cannot elect with fewer; the models' crash budgets never
 * take that many).
 */
final class Liveness {

    private final Engine engine;
    private final int[] ids;
    /** Per state, where its fair edges start in {@link #targets}; -1 for a state not fully expanded. */
    private final IntList starts = new IntList();
    /** Per state, where its fair edges end. */
    private final IntList ends = new IntList();
    private final IntList sources = new IntList();
    private final IntList targets = new IntList();
    /** Per edge: kind ordinal, slot and the flight's or timer's index in the source state. */
    private final IntList codes = new IntList();
    private int open = -1;

    Liveness(Engine engine, int[] ids) {
        this.engine = engine;
        this.ids = ids;
    }

    /** Whether some node is a live leader that every live node names: the spec's {@code \E l : Settled(l)}. */
    static boolean settled(World w, int[] ids) {
        for (int l = 0; l < w.roles.length; l++) {
            if (!w.up(l) || w.roles[l] != Role.LEADER) {
                continue;
            }
            int id = ids[l];
            boolean all = true;
            for (int n = 0; n < w.roles.length && all; n++) {
                all = !w.up(n) || w.leaders[n] == id;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Whether Termination is owed in {@code w}: every node started and a majority up. */
    static boolean owed(World w) {
        int up = 0;
        for (int i = 0; i < w.nodes.length; i++) {
            if (w.up(i)) {
                up++;
            }
        }
        return w.started == w.nodes.length && 2 * up > w.nodes.length;
    }

    /** Whether the fair events among {@code options} (those of a fully expanded state) are none. */
    static boolean quiescent(World w, List<Engine.Option> options) {
        for (Engine.Option o : options) {
            if (fair(w, o)) {
                return false;
            }
        }
        return true;
    }

    /** A start, a delivery, a loss to a down receiver or a timeout on time: what fairness makes happen. */
    static boolean fair(World w, Engine.Option o) {
        return switch (o.kind()) {
            case START, DELIVER, TIMEOUT -> !o.crash();
            case LOSE -> !w.up(o.slot());
            default -> false;
        };
    }

    /** Begins the edges of state {@code id}, expanded next. */
    void begin(int id) {
        while (starts.size() < id) {
            starts.add(-1);
            ends.add(-1);
        }
        starts.add(targets.size());
        ends.add(-1);
        open = id;
    }

    /** Marks the state begun last as fully expanded. */
    void end() {
        ends.set(open, targets.size());
        open = -1;
    }

    /** Records the edge from the state begun last to {@code target} by {@code o}, when it is a fair one. */
    void edge(World from, Engine.Option o, int target, boolean clock) {
        if (!fair(from, o) || o.kind() == Engine.Kind.START) {
            return; // unfair events and starts change a budget or a counter: they lie on no cycle
        }
        if (clock) {
            // The reaction read the clock, which stands still here: repeated in real time, with the clock
            // moving on, it may not do the same again, so it closes no loop.
            return;
        }
        int index;
        if (o.kind() == Engine.Kind.TIMEOUT) {
            index = Arrays.binarySearch(from.timers[o.slot()], o.timer());
        } else {
            index = o.flight();
        }
        sources.add(open);
        targets.add(target);
        codes.add(o.kind().ordinal() | o.slot() << 4 | index << 12);
    }

    /** A lasso found: the state where the loop begins and the loop's edges, as (source, option, target). */
    record Lasso(int entry, List<Hop> loop) {}

    /** One edge of a loop. */
    record Hop(int from, Engine.Option option, int to) {}

    /**
     * The lasso whose loop begins nearest the start (by state id, which is breadth-first order), among
     * the strongly connected sets of unsettled states that are fair as a whole; null when there is none.
     */
    Lasso lasso(List<World> worlds) {
        int n = starts.size();
        BitSet candidate = new BitSet(n);
        for (int s = 0; s < n; s++) {
            World w = worlds.get(s);
            if (ends.get(s) >= 0 && owed(w) && !settled(w, ids)) {
                candidate.set(s);
            }
        }
        List<int[]> components = components(candidate, n);
        Lasso best = null;
        for (int[] c : components) {
            Arrays.sort(c);
            if (best != null && c[0] >= best.entry()) {
                continue;
            }
            BitSet in = new BitSet(n);
            for (int s : c) {
                in.set(s);
            }
            if (c.length == 1 && !selfLoop(c[0])) {
                continue;
            }
            List<Integer> inside = allEdges(c, in);
            if (!pending(worlds, c, inside).isEmpty()) {
                continue;
            }
            best = new Lasso(c[0], loop(worlds, c[0], in, inside));
        }
        return best;
    }

    private boolean selfLoop(int s) {
        for (int e = starts.get(s), end = edgesEnd(s); e < end; e++) {
            if (targets.get(e) == s) {
                return true;
            }
        }
        return false;
    }

    private int edgesEnd(int s) {
        return ends.get(s);
    }

    /** Every edge between states of {@code in}, as edge indices. */
    private List<Integer> allEdges(int[] states, BitSet in) {
        List<Integer> out = new ArrayList<>();
        for (int s : states) {
            for (int e = starts.get(s), end = edgesEnd(s); e < end; e++) {
                if (in.get(targets.get(e))) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private int sourceOf(int edge) {
        return sources.get(edge);
    }

    /** The messages in flight in {@code w}, by value: each is due to be delivered or lost to a down receiver. */
    private static Set<Object> messages(World w) {
        return new HashSet<>(Arrays.asList(w.flights));
    }

    /** The timers due on time in {@code w}, per node and timer. */
    private Set<Object> timers(World w) {
        Set<Object> due = new HashSet<>();
        List<Engine.Option> options = new ArrayList<>();
        engine.options(w, options);
        for (Engine.Option o : options) {
            if (o.kind() == Engine.Kind.TIMEOUT && !o.crash()) {
                due.add(new TimerClass(o.slot(), o.timer()));
            }
        }
        return due;
    }

    /** Whether class {@code c} is enabled in {@code w}. */
    private boolean enabled(World w, Object c) {
        return c instanceof TimerClass ? timers(w).contains(c) : messages(w).contains(c);
    }

    /** The fairness class edge {@code e} takes: the message delivered or lost, or the timer fired. */
    private Object taken(List<World> worlds, int e) {
        World w = worlds.get(sourceOf(e));
        int code = codes.get(e);
        Engine.Kind kind = Engine.Kind.values()[code & 0xF];
        int slot = (code >>> 4) & 0xFF;
        int index = code >>> 12;
        return kind == Engine.Kind.TIMEOUT ? new TimerClass(slot, w.timers[slot][index]) : w.flights[index];
    }

    /**
     * The fairness classes that a path through all of {@code states} and {@code edges}, repeated, leaves
     * unserved (see {@link #unserved}).
     */
    private Set<Object> pending(List<World> worlds, int[] states, List<Integer> edges) {
        List<World> ws = new ArrayList<>(states.length);
        for (int s : states) {
            ws.add(worlds.get(s));
        }
        List<Object> taken = new ArrayList<>(edges.size());
        for (int e : edges) {
            taken.add(taken(worlds, e));
        }
        return unserved(ws, taken);
    }

    /**
     * The fairness classes that a loop through {@code states}, taking {@code taken}, leaves unserved: a
     * message in flight in every one of the states and delivered or lost by none of the loop's events
     * (weak fairness, as the specs' links are fair), or a timer due on time in any of the states and
     * fired by none of them. Timers are held to strong fairness because the explorer's rule for time
     * lets a timer be due only while the network is quiet, where the spec's oracle may hold throughout
     * (Bully's answer timeout waits only for answers, not for a quiet network), so weak fairness would
     * take a timer kept from firing by other nodes' chatter for a fair one: asking more of a loop can
     * only drop loops, never report one the spec's fairness rules out.
     */
    Set<Object> unserved(List<World> states, List<Object> taken) {
        Set<Object> always = null;
        Set<Object> ever = new HashSet<>();
        for (World w : states) {
            Set<Object> here = messages(w);
            if (always == null) {
                always = here;
            } else {
                always.retainAll(here);
            }
            ever.addAll(timers(w));
        }
        Set<Object> left = new HashSet<>(ever);
        if (always != null) {
            left.addAll(always);
        }
        taken.forEach(left::remove);
        return left;
    }

    /** The fairness class event {@code o} takes in {@code w}: the message delivered or lost, or the timer fired. */
    static Object takenBy(World w, Engine.Option o) {
        return o.kind() == Engine.Kind.TIMEOUT ? new TimerClass(o.slot(), o.timer()) : w.flights[o.flight()];
    }

    /** A timer of one node, as a fairness class. */
    private record TimerClass(int slot, String timer) {}

    /**
     * A fair loop from {@code entry} through states of {@code in}: the shortest cycle back to it, then,
     * while some class is enabled in all its states and taken on none of its edges, a detour through an
     * edge that takes it or a state where it is not enabled (one exists, the set being fair as a whole).
     */
    private List<Hop> loop(List<World> worlds, int entry, BitSet in, List<Integer> inside) {
        List<Integer> edges = new ArrayList<>(path(entry, entry, in));
        while (true) {
            int[] states = new int[edges.size()];
            for (int k = 0; k < edges.size(); k++) {
                states[k] = sourceOf(edges.get(k));
            }
            Set<Object> left = pending(worlds, states, edges);
            if (left.isEmpty()) {
                break;
            }
            Object c = left.iterator().next();
            int via = -1;
            for (int e : inside) {
                if (taken(worlds, e).equals(c)) {
                    via = e;
                    break;
                }
            }
            if (via >= 0) {
                int s = sourceOf(via);
                if (s != entry) {
                    edges.addAll(path(entry, s, in));
                }
                edges.add(via);
                if (targets.get(via) != entry) {
                    edges.addAll(path(targets.get(via), entry, in));
                }
                continue;
            }
            int away = -1;
            for (int s = in.nextSetBit(0); s >= 0; s = in.nextSetBit(s + 1)) {
                if (!enabled(worlds.get(s), c)) {
                    away = s;
                    break;
                }
            }
            if (away < 0) {
                throw new IllegalStateException("a component taken for fair has a class it neither takes nor leaves: " + c);
            }
            edges.addAll(path(entry, away, in));
            edges.addAll(path(away, entry, in));
        }
        List<Hop> hops = new ArrayList<>();
        for (int e : edges) {
            int from = sourceOf(e);
            hops.add(new Hop(from, option(worlds.get(from), codes.get(e)), targets.get(e)));
        }
        return hops;
    }

    /** The edges of a shortest path from {@code from} to {@code to} within {@code in} (at least one edge when equal). */
    private List<Integer> path(int from, int to, BitSet in) {
        Map<Integer, Integer> edgeInto = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        Set<Integer> seen = new HashSet<>();
        if (from != to) {
            seen.add(from);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int e = starts.get(s), end = edgesEnd(s); e < end; e++) {
                int t = targets.get(e);
                if (!in.get(t) || !seen.add(t)) {
                    continue;
                }
                edgeInto.put(t, e);
                if (t == to) {
                    List<Integer> path = new ArrayList<>();
                    int at = to;
                    do {
                        int edge = edgeInto.get(at);
                        path.add(0, edge);
                        at = sourceOf(edge);
                    } while (at != from || path.isEmpty());
                    return path;
                }
                queue.add(t);
            }
        }
        throw new IllegalStateException("state " + to + " is not reachable from " + from + " in its component");
    }

    /** The option an edge code names in its source state. */
    Engine.Option option(World w, int code) {
        Engine.Kind kind = Engine.Kind.values()[code & 0xF];
        int slot = (code >>> 4) & 0xFF;
        int index = code >>> 12;
        return kind == Engine.Kind.TIMEOUT ? new Engine.Option(kind, slot, -1, w.timers[slot][index])
                : new Engine.Option(kind, slot, index, null);
    }

    /** Strongly connected components of the candidates (Tarjan's, without recursion). */
    private List<int[]> components(BitSet candidate, int n) {
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        BitSet onStack = new BitSet(n);
        IntList stack = new IntList();
        IntList callNode = new IntList();
        IntList callEdge = new IntList();
        List<int[]> out = new ArrayList<>();
        int counter = 0;
        for (int root = candidate.nextSetBit(0); root >= 0; root = candidate.nextSetBit(root + 1)) {
            if (index[root] >= 0) {
                continue;
            }
            callNode.add(root);
            callEdge.add(starts.get(root));
            index[root] = low[root] = counter++;
            stack.add(root);
            onStack.set(root);
            while (callNode.size() > 0) {
                int v = callNode.get(callNode.size() - 1);
                int e = callEdge.get(callEdge.size() - 1);
                int end = edgesEnd(v);
                if (e < end) {
                    callEdge.set(callEdge.size() - 1, e + 1);
                    int t = targets.get(e);
                    if (t >= n || !candidate.get(t)) {
                        continue;
                    }
                    if (index[t] < 0) {
                        index[t] = low[t] = counter++;
                        stack.add(t);
                        onStack.set(t);
                        callNode.add(t);
                        callEdge.add(starts.get(t));
                    } else if (onStack.get(t)) {
                        low[v] = Math.min(low[v], index[t]);
                    }
                    continue;
                }
                callNode.removeLast();
                callEdge.removeLast();
                if (callNode.size() > 0) {
                    int parent = callNode.get(callNode.size() - 1);
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    IntList members = new IntList();
                    int x;
                    do {
                        x = stack.removeLast();
                        onStack.clear(x);
                        members.add(x);
                    } while (x != v);
                    out.add(members.toArray());
                }
            }
        }
        return out;
    }
}
