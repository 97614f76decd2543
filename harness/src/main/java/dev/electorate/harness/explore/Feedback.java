package dev.electorate.harness.explore;

import dev.electorate.harness.check.Coverage;
import dev.electorate.harness.check.InFlight;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The coarse situations a run passed through, numbered in the order they were first met: what the
 * guided search steers by. Coarser than {@link Coverage}'s abstraction, whose recorded spec variables
 * make nearly every run new: per node only its role, whether it is up and whether its term is the
 * highest; the nodes as a multiset; which message types are in flight. A feature is such a situation
 * or a step between two of them by an action, so a run that reaches a rare one (two candidates of the
 * highest term with votes in flight, a restart during a contest) stands out among thousands.
 */
final class Feedback {

    private final Map<List<Object>, Integer> ids = new HashMap<>();
    private final List<Integer> hits = new ArrayList<>();

    /** The features {@code trace} reached, each once, in the order first reached; new ones numbered. */
    int[] features(Trace trace) {
        TreeSet<Integer> seen = new TreeSet<>();
        Map<Integer, Step> latest = new TreeMap<>();
        Map<Integer, Boolean> up = new TreeMap<>();
        InFlight inFlight = new InFlight();
        List<Object> before = situation(latest, up, inFlight.byType());
        seen.add(id(before));
        for (Step step : trace.steps()) {
            follow(step, latest, up, inFlight);
            List<Object> after = situation(latest, up, inFlight.byType());
            seen.add(id(after));
            seen.add(id(List.of(before, step.action(), after)));
            before = after;
        }
        int[] out = new int[seen.size()];
        int i = 0;
        for (int f : seen) {
            out[i++] = f;
            hits.set(f, hits.get(f) + 1);
        }
        return out;
    }

    /**
     * The situation after each step of {@code trace}, as the feature it is (counted by {@link #features}
     * when the trace was): where the run stood at each moment, so a fault can be aimed at a rare one.
     */
    int[] situations(Trace trace) {
        Map<Integer, Step> latest = new TreeMap<>();
        Map<Integer, Boolean> up = new TreeMap<>();
        InFlight inFlight = new InFlight();
        int[] out = new int[trace.steps().size()];
        int i = 0;
        for (Step step : trace.steps()) {
            follow(step, latest, up, inFlight);
            out[i++] = id(situation(latest, up, inFlight.byType()));
        }
        return out;
    }

    /** How many runs reached feature {@code f}. */
    int hits(int f) {
        return hits.get(f);
    }

    /** Whether feature {@code f} was reached by one run only so far. */
    boolean unique(int f) {
        return hits.get(f) == 1;
    }

    private static void follow(Step step, Map<Integer, Step> latest, Map<Integer, Boolean> up, InFlight inFlight) {
        boolean messages = inFlight.follow(step);
        if (!step.isFault()) {
            latest.put(step.node(), step);
            up.put(step.node(), true);
        } else if (!messages && step.node() != 0) {
            up.put(step.node(), step.up());
        }
    }

    private int id(List<Object> feature) {
        Integer known = ids.get(feature);
        if (known != null) {
            return known;
        }
        ids.put(feature, hits.size());
        hits.add(0);
        return hits.size() - 1;
    }

    private static List<Object> situation(Map<Integer, Step> latest, Map<Integer, Boolean> up, Map<String, Integer> inFlight) {
        long highest = Long.MIN_VALUE;
        for (Step s : latest.values()) {
            highest = Math.max(highest, s.term());
        }
        List<String> nodes = new ArrayList<>();
        for (Step s : latest.values()) {
            nodes.add(s.role() + (up.getOrDefault(s.node(), true) ? "" : "/down") + (s.term() == highest ? "/top" : ""));
        }
        nodes.sort(null);
        return List.of(nodes, List.copyOf(inFlight.keySet()));
    }
}
