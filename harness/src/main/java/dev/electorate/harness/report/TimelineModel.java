package dev.electorate.harness.report;

import dev.electorate.spec.Envelope;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's timeline shows, worked out from its trace: role bands per node, fault bands,
 * messages from send to receipt or loss, and the violating step.
 *
 * @param members   node ids, one lane each, in ring order
 * @param horizon   the last tick shown
 * @param roles     each node's role over time
 * @param faults    crash down-time, pauses and clock skew per node; partitions, loss, duplication
 *                  and reordering network-wide (node 0)
 * @param arrows    every message sent
 * @param violation the violation shown, or null
 * @param marked    the violating step, or null
 */
public record TimelineModel(List<Integer> members, long horizon, List<Band> roles, List<Band> faults,
                            List<Arrow> arrows, Violation violation, Step marked) {

    /** Works out the timeline of {@code trace}; {@code violation} may be null. */
    public static TimelineModel of(Trace trace, Violation violation) {
        List<Step> steps = trace.steps();
        long last = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).time();
        long horizon = Math.max(Math.max(trace.header().horizon(), last + 1), 1);
        List<Integer> members = trace.header().cluster().members();
        Step marked = violation == null || violation.step() < 0 || violation.step() >= steps.size()
                ? null : steps.get((int) violation.step());
        return new TimelineModel(members, horizon, roles(steps, members, horizon), faults(steps, horizon),
                arrows(steps, horizon), violation, marked);
    }

    /** Role bands: a node's state holds from one of its steps to its next change. */
    private static List<Band> roles(List<Step> steps, List<Integer> members, long horizon) {
        List<Band> bands = new ArrayList<>();
        Map<Integer, Step> open = new LinkedHashMap<>();
        Map<Integer, Long> since = new HashMap<>();
        for (Step s : steps) {
            if (s.node() == 0 || !members.contains(s.node())) {
                continue;
            }
            Step before = open.get(s.node());
            if (before != null && sameState(before, s)) {
                continue;
            }
            if (before != null) {
                bands.add(roleBand(before, since.get(s.node()), s.time()));
            }
            open.put(s.node(), s);
            since.put(s.node(), s.time());
        }
        open.forEach((node, s) -> bands.add(roleBand(s, since.get(node), horizon)));
        bands.removeIf(b -> b.to() <= b.from() && b.from() < horizon);
        return bands;
    }

    private static boolean sameState(Step a, Step b) {
        return a.up() == b.up() && a.role() == b.role() && a.leader() == b.leader() && a.term() == b.term();
    }

    private static Band roleBand(Step s, long from, long to) {
        if (!s.up()) {
            return new Band(s.node(), from, to, "down", "node " + s.node() + " down, t=" + from + ".." + to);
        }
        Role role = s.role();
        String label = "node " + s.node() + " " + role + (s.leader() != 0 ? ", leader " + s.leader() : "")
                + (s.term() != 0 ? ", term " + s.term() : "") + ", t=" + from + ".." + to;
        return new Band(s.node(), from, to, role.name().toLowerCase(java.util.Locale.ROOT), label);
    }

    /** Fault bands from each fault step to the step that ends it (or the horizon). */
    private static List<Band> faults(List<Step> steps, long horizon) {
        List<Band> bands = new ArrayList<>();
        Map<String, Step> open = new LinkedHashMap<>();
        for (Step s : steps) {
            if (s.kind() == Step.Kind.RESTART) {
                Step crash = open.remove("Crash@" + s.node());
                if (crash != null) {
                    bands.add(faultBand(crash, s.time()));
                }
                continue;
            }
            if (!s.isFault()) {
                continue;
            }
            String action = s.action();
            switch (action) {
                case "Crash", "Pause", "ClockSkew" -> open.putIfAbsent(action + "@" + s.node(), s);
                case "Resume" -> close(open, "Pause@" + s.node(), s.time(), bands);
                case "ClockSkewEnd" -> close(open, "ClockSkew@" + s.node(), s.time(), bands);
                // Network-wide faults may overlap; each end step repeats its fault's own description.
                case "Partition", "Loss", "Duplication", "Reordering" -> open.put(action + "@" + s.detail(), s);
                case "Heal" -> close(open, "Partition@" + s.detail(), s.time(), bands);
                case "LossEnd", "DuplicationEnd", "ReorderingEnd" ->
                        close(open, action.substring(0, action.length() - 3) + "@" + s.detail(), s.time(), bands);
                default -> { }
            }
        }
        open.values().forEach(s -> bands.add(faultBand(s, horizon)));
        bands.sort(java.util.Comparator.comparingLong(Band::from));
        return bands;
    }

    private static void close(Map<String, Step> open, String key, long at, List<Band> bands) {
        Step start = open.remove(key);
        if (start != null) {
            bands.add(faultBand(start, at));
        }
    }

    private static Band faultBand(Step s, long to) {
        String kind = switch (s.action()) {
            case "Crash" -> "down";
            case "Pause" -> "paused";
            case "ClockSkew" -> "skew";
            case "Partition" -> "partition";
            case "Loss" -> "loss";
            case "Duplication" -> "duplicate";
            default -> "reorder";
        };
        String what = s.node() != 0 ? s.action() + " node " + s.node() : s.action();
        String detail = s.detail() == null ? "" : ": " + s.detail();
        return new Band(s.node(), s.time(), Math.max(to, s.time()), kind, what + ", t=" + s.time() + ".." + to + detail);
    }

    /** Matches each message sent to the step that received or lost it, first sent first matched. */
    private static List<Arrow> arrows(List<Step> steps, long horizon) {
        Map<String, Deque<long[]>> inFlight = new HashMap<>();
        Map<Long, Arrow> byIndex = new LinkedHashMap<>();
        long next = 0;
        for (Step s : steps) {
            boolean received = s.kind() == Step.Kind.RECEIVE && s.message() != null;
            boolean lost = s.isFault() && "Lose".equals(s.action()) && s.message() != null;
            if (received || lost) {
                Deque<long[]> waiting = inFlight.get(key(s.from(), s.node(), s.message()));
                long[] sent = waiting == null ? null : waiting.poll();
                if (sent != null) {
                    Arrow a = byIndex.get(sent[0]);
                    byIndex.put(sent[0], new Arrow(a.from(), a.to(), a.sentAt(), s.time(), received ? "received" : "lost",
                            a.label() + (received ? ", received t=" + s.time() : ", lost t=" + s.time()
                                    + (s.detail() != null ? " (" + s.detail() + ")" : ""))));
                }
            }
            if (s.isFault() && "Duplicate".equals(s.action()) && s.message() != null) {
                // The network sends the same message a second time; it needs a second receipt.
                long id = next++;
                byIndex.put(id, new Arrow(s.from(), s.node(), s.time(), horizon, "in-flight",
                        describe(s.from(), s.node(), s.message()) + " (duplicate), sent t=" + s.time()));
                inFlight.computeIfAbsent(key(s.from(), s.node(), s.message()), k -> new ArrayDeque<>())
                        .add(new long[] {id});
            }
            for (Envelope e : s.sent()) {
                long id = next++;
                byIndex.put(id, new Arrow(e.from(), e.to(), s.time(), horizon, "in-flight",
                        describe(e.from(), e.to(), e.message()) + ", sent t=" + s.time()));
                inFlight.computeIfAbsent(key(e.from(), e.to(), e.message()), k -> new ArrayDeque<>()).add(new long[] {id});
            }
        }
        return List.copyOf(byIndex.values());
    }

    private static String key(int from, int to, Message m) {
        return from + ">" + to + ":" + describe(m);
    }

    private static String describe(int from, int to, Message m) {
        return from + " \u2192 " + to + " " + describe(m);
    }

    /** A message as its type and fields, the way a reader of the trace sees it. */
    static String describe(Message m) {
        StringBuilder b = new StringBuilder(m.type());
        Map<String, Object> fields = new java.util.TreeMap<>(m.fields());
        if (!fields.isEmpty()) {
            b.append(' ').append(fields);
        }
        return b.toString();
    }
}
