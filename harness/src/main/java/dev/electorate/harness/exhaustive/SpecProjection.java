package dev.electorate.harness.exhaustive;

import dev.electorate.tla.TlaValue;
import dev.electorate.tla.TlcValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A state projected onto the spec variables the Java nodes record: per node, in member order, either
 * {@code down} or each recorded variable's value in canonical TLA+ text, so that a Java world and a
 * TLC state compare as strings.
 *
 * <p>What is left out, and why: the messages in flight (the Java messages carry fields the spec's
 * records do not, and the spec merges or drops messages that cannot matter), the fault budgets and
 * the spec's history variables (no node records them), and a down node's variables (a crash ends
 * its process: what it recorded is gone, and what it kept durably is recorded again when it restarts).
 */
final class SpecProjection {

    static final String DOWN = "down";
    private static final String SEPARATOR = " | ";

    private final List<Integer> members;
    private final Set<String> recorded;
    /** Canonical text of Java values, cached: the same few values recur in every state. */
    private final Map<Object, String> canonical = new HashMap<>();

    SpecProjection(List<Integer> members, Set<String> recorded) {
        this.members = List.copyOf(members);
        this.recorded = Set.copyOf(recorded);
    }

    Set<String> recorded() {
        return recorded;
    }

    /** The view of a live node from the variables it last recorded (each name once). */
    String nodeView(Map<String, Object> vars) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, Object> e : vars.entrySet()) {
            sorted.put(e.getKey(), canonical.computeIfAbsent(e.getValue(),
                    v -> TlcValue.canonical(TlaValue.of(v))));
        }
        return view(sorted);
    }

    private static String view(TreeMap<String, String> sorted) {
        StringBuilder s = new StringBuilder();
        sorted.forEach((k, v) -> s.append(s.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return s.toString();
    }

    /** The projected state of per-node views in member order. */
    static String state(List<String> views) {
        return String.join(SEPARATOR, views);
    }

    /** The per-node views of a projected state, in member order. */
    static List<String> views(String state) {
        return List.of(state.split(java.util.regex.Pattern.quote(SEPARATOR), -1));
    }

    /**
     * The per-node views of one TLC state: each recorded variable, a function of the nodes in the spec,
     * applied to each member; a node whose {@code up} is FALSE is {@code down}.
     */
    List<String> views(Map<String, String> tlcVars) {
        Map<String, Map<String, String>> columns = new HashMap<>();
        for (String v : recorded) {
            String value = tlcVars.get(v);
            if (value == null) {
                throw new IllegalStateException("the Java nodes record " + v + ", which is not a variable of the"
                        + " spec (its variables: " + tlcVars.keySet() + ")");
            }
            columns.put(v, TlcValue.entries(value));
        }
        Map<String, String> up = tlcVars.containsKey("up") ? TlcValue.entries(tlcVars.get("up")) : Map.of();
        List<String> views = new ArrayList<>(members.size());
        for (int id : members) {
            String key = Integer.toString(id);
            if ("FALSE".equals(up.get(key))) {
                views.add(DOWN);
                continue;
            }
            TreeMap<String, String> sorted = new TreeMap<>();
            for (String v : recorded) {
                String value = columns.get(v).get(key);
                if (value == null) {
                    throw new IllegalStateException("the spec variable " + v + " has no value for node " + id);
                }
                sorted.put(v, value);
            }
            views.add(view(sorted));
        }
        return views;
    }
}
