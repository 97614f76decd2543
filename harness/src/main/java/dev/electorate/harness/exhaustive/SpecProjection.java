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
    /** Per member: the spec variables it records. */
    private final Map<Integer, Set<String>> recorded;
    /** Canonical text of Java values, cached: the same few values recur in every state. */
    private final Map<Object, String> canonical = new HashMap<>();
    /** Per variable: whether the spec's value is a set (a Java node may record it as a list, in its own order). */
    private final Map<String, Boolean> setValued = new HashMap<>();
    /** Per variable: whether the spec holds it per node (a function of the nodes) or once (a service's). */
    private final Map<String, Boolean> perNode = new HashMap<>();

    SpecProjection(List<Integer> members, Map<Integer, Set<String>> recorded) {
        this.members = List.copyOf(members);
        this.recorded = Map.copyOf(recorded);
    }

    /** Every variable some member records. */
    Set<String> recorded() {
        Set<String> all = new java.util.TreeSet<>();
        recorded.values().forEach(all::addAll);
        return all;
    }

    /** The view of a live node from the variables it last recorded (each name once). */
    String nodeView(Map<String, Object> vars) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, Object> e : vars.entrySet()) {
            Object value = e.getValue();
            if (value instanceof List<?> list && setValued.getOrDefault(e.getKey(), false)) {
                value = new java.util.LinkedHashSet<>(list); // as the Trace modules' AsSet reads it
            }
            sorted.put(e.getKey(), canonical.computeIfAbsent(value, v -> TlcValue.canonical(TlaValue.of(v))));
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
     * The per-node views of one TLC state: each variable a member records, applied to the member where
     * the spec holds it per node, whole where the spec holds it once (the recipes' service records the
     * service's variables). A member is {@code down} where the spec says so: {@code up} FALSE,
     * {@code status} or {@code cstate} "Down", or, for the member that records only variables held once,
     * {@code sstate} "Down".
     */
    List<String> views(Map<String, String> tlcVars) {
        Map<String, Map<String, String>> columns = new HashMap<>();
        List<String> views = new ArrayList<>(members.size());
        for (int id : members) {
            String key = Integer.toString(id);
            Set<String> vars = recorded.getOrDefault(id, Set.of());
            boolean service = !vars.isEmpty();
            TreeMap<String, String> sorted = new TreeMap<>();
            for (String v : vars) {
                String value = tlcVars.get(v);
                if (value == null) {
                    throw new IllegalStateException("node " + id + " records " + v + ", which is not a variable of"
                            + " the spec (its variables: " + tlcVars.keySet() + ")");
                }
                boolean split = perNode.computeIfAbsent(v, x -> isPerNode(value));
                if (split) {
                    service = false;
                    String at = columns.computeIfAbsent(v, x -> TlcValue.entries(value)).get(key);
                    if (at == null) {
                        throw new IllegalStateException("the spec variable " + v + " has no value for node " + id);
                    }
                    sorted.put(v, at);
                } else {
                    sorted.put(v, TlcValue.canonical(value));
                }
                setValued.putIfAbsent(v, sorted.get(v).startsWith("{"));
            }
            boolean down = "FALSE".equals(at(tlcVars, columns, "up", key))
                    || "\"Down\"".equals(at(tlcVars, columns, "status", key))
                    || "\"Down\"".equals(at(tlcVars, columns, "cstate", key))
                    || service && tlcVars.containsKey("sstate") && "\"Down\"".equals(TlcValue.canonical(
                    tlcVars.get("sstate")));
            views.add(down ? DOWN : view(sorted));
        }
        return views;
    }

    /** Whether a spec value is a function whose domain holds members: a variable held per node. */
    private boolean isPerNode(String value) {
        try {
            Map<String, String> entries = TlcValue.entries(value);
            return members.stream().anyMatch(id -> entries.containsKey(Integer.toString(id)));
        } catch (IllegalArgumentException notAFunction) {
            return false;
        }
    }

    /** {@code name[key]} of the state, null when the spec has no such per-node variable or key. */
    private static String at(Map<String, String> tlcVars, Map<String, Map<String, String>> columns, String name,
                             String key) {
        String value = tlcVars.get(name);
        if (value == null) {
            return null;
        }
        try {
            return columns.computeIfAbsent(name, x -> TlcValue.entries(value)).get(key);
        } catch (IllegalArgumentException notAFunction) {
            return null;
        }
    }
}
