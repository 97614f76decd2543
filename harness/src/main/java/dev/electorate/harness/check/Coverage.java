package dev.electorate.harness.check;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.tla.TraceCoverage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The abstract states and transitions that runs reached, and how often each action occurred: the
 * feedback a guided search steers by and the figure a coverage report gives.
 *
 * <p>The abstract state after a step is built from what every trace records, so it is the same for the
 * reference nodes and for a third party's: per node its role, whether it is up, whether it names a
 * leader, its term's rank among the nodes' terms, and each recorded spec variable abstracted (a number by
 * its rank among the nodes' values of that variable, a collection by its size up to 3, anything else as
 * it is); the nodes taken as a multiset (which node is which is left out, so renamings of one situation
 * count once); and the messages in flight counted by type up to 2. A transition is the abstract state
 * before a step, the step's action and the abstract state after it.
 */
public final class Coverage {

    /** Counts above this are all "many": the abstraction keeps situations, not sizes. */
    private static final int CAP = 2;

    private final Set<List<Object>> states = new HashSet<>();
    private final Set<List<Object>> transitions = new HashSet<>();
    private final Map<String, Long> actions = new TreeMap<>();
    private int runs;

    /**
     * Adds what {@code trace} reached; returns how many abstract states and transitions were new. Safe to
     * call from several threads (check runs a cell's runs in parallel); the totals do not depend on the order.
     */
    public synchronized int add(Trace trace) {
        runs++;
        int fresh = 0;
        Map<Integer, Step> latest = new TreeMap<>();
        InFlight inFlight = new InFlight();
        List<Object> before = abstractState(latest, inFlight.byType());
        fresh += states.add(before) ? 1 : 0;
        for (Step step : trace.steps()) {
            boolean messages = inFlight.follow(step);
            if (!step.isFault()) {
                latest.put(step.node(), step);
            } else if (!messages && step.node() != 0 && latest.containsKey(step.node())) {
                Step last = latest.get(step.node());
                latest.put(step.node(), last.settled(step.up()));
            }
            actions.merge(step.action(), 1L, Long::sum);
            List<Object> after = abstractState(latest, inFlight.byType());
            fresh += states.add(after) ? 1 : 0;
            fresh += transitions.add(List.of(before, step.action(), after)) ? 1 : 0;
            before = after;
        }
        return fresh;
    }

    /** Runs added. */
    public synchronized int runs() {
        return runs;
    }

    /** Distinct abstract states reached. */
    public synchronized int states() {
        return states.size();
    }

    /** Distinct abstract transitions taken. */
    public synchronized int transitions() {
        return transitions.size();
    }

    /** How many times each action (a node's TLA+ action or a fault) occurred, by name. */
    public synchronized Map<String, Long> actions() {
        return Map.copyOf(actions);
    }

    /**
     * The actions of {@code algorithm}'s TLA+ spec (as its trace module maps them) that no run performed, or
     * null when the algorithm has no trace module to tell them (a third party's election).
     */
    public List<String> neverOccurred(Algorithm algorithm) {
        if (algorithm.tlaModule() == null) {
            return null;
        }
        Set<String> mapped;
        try {
            mapped = TraceCoverage.mappedActions(algorithm.tlaModule());
        } catch (RuntimeException e) {
            return null; // no trace module for this spec
        }
        Map<String, Long> occurred = actions();
        return mapped.stream().filter(action -> !occurred.containsKey(action)).sorted().toList();
    }

    /** The figures results.json holds: runs, abstract states and transitions, actions by name, spec actions never seen. */
    public Map<String, Object> summary(Algorithm algorithm) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runs", runs());
        out.put("abstractStates", states());
        out.put("abstractTransitions", transitions());
        out.put("actions", new TreeMap<>(actions()));
        out.put("neverOccurred", neverOccurred(algorithm));
        return out;
    }

    private static List<Object> abstractState(Map<Integer, Step> latest, Map<String, Integer> inFlight) {
        List<Long> terms = new ArrayList<>();
        Map<String, List<Long>> numbers = new HashMap<>();
        for (Step s : latest.values()) {
            terms.add(s.term());
            s.vars().forEach((name, value) -> {
                if (value instanceof Number n) {
                    numbers.computeIfAbsent(name, k -> new ArrayList<>()).add(n.longValue());
                }
            });
        }
        List<String> nodes = new ArrayList<>();
        for (Step s : latest.values()) {
            StringBuilder b = new StringBuilder();
            b.append(s.role()).append(s.up() ? "" : "/down").append(s.leader() == 0 ? "/none" : s.leader() == s.node() ? "/self" : "/other")
                    .append("/t").append(rank(s.term(), terms));
            s.vars().forEach((name, value) -> b.append('/').append(name).append('=').append(abstractValue(name, value, numbers)));
            nodes.add(b.toString());
        }
        nodes.sort(null);
        Map<String, Integer> messages = new TreeMap<>();
        inFlight.forEach((type, count) -> messages.put(type, Math.min(count, CAP)));
        return List.of(nodes, messages);
    }

    private static Object abstractValue(String name, Object value, Map<String, List<Long>> numbers) {
        if (value instanceof Number n) {
            return rank(n.longValue(), numbers.get(name));
        }
        if (value instanceof Collection<?> c) {
            return "#" + Math.min(c.size(), CAP + 1);
        }
        if (value instanceof Map<?, ?> m) {
            return "#" + Math.min(m.size(), CAP + 1);
        }
        return String.valueOf(value);
    }

    /** How many distinct values above {@code value} there are among {@code all}, up to {@link #CAP}. */
    private static int rank(long value, List<Long> all) {
        Set<Long> above = new HashSet<>();
        for (long v : all) {
            if (v > value) {
                above.add(v);
            }
        }
        return Math.min(above.size(), CAP);
    }
}
