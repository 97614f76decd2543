package dev.electorate.validate;

import java.util.List;

/**
 * What one validation run found.
 *
 * @param run         its number, from 1
 * @param faults      faults injected
 * @param tenures     leaderships believed
 * @param overlaps    belief overlaps (reported, not violations under fencing)
 * @param violations  fencing and token violations (each a bug)
 * @param linearizable the lease history's verdict against {@code fenced-lease}: linearizable, not linearizable or unknown
 * @param failovers   per fault that changed the leader, the time from the fault to the next leader's belief
 * @param staleWrites writes the resource rejected because a higher token was seen
 * @param faultKinds  the kind of each fault injected, in order
 * @param overlapFaults for each overlap, the kind of the last fault before it began ({@code none} if none)
 */
public record RunResult(int run, int faults, List<Tenure> tenures, List<FencingChecks.Overlap> overlaps,
                        List<String> violations, String linearizable, List<Failover> failovers, int staleWrites,
                        List<String> faultKinds, List<String> overlapFaults) {

    /** The time from a fault of kind {@code fault} to the next belief that a client leads, in milliseconds. */
    public record Failover(String fault, double millis) {}

    /** The kind of a fault event: its detail up to the first colon ({@code pause}, {@code server-crash}, ...). */
    static String kind(Event fault) {
        String d = fault.detail() == null ? "" : fault.detail();
        int colon = d.indexOf(':');
        return colon < 0 ? d : d.substring(0, colon);
    }

    /** The kind of the last fault at or before {@code nanos}, or {@code none}. */
    static String faultBefore(List<Event> events, long nanos) {
        String kind = "none";
        for (Event e : events) {
            if (e.nanos() > nanos) {
                break;
            }
            if (e.kind() == Event.Kind.FAULT) {
                kind = kind(e);
            }
        }
        return kind;
    }

    /** Whether fenced safety held: no violation and a linearizable lease history. */
    public boolean safe() {
        return violations.isEmpty() && !linearizable.equals("not-linearizable");
    }

    /**
     * For each fault that cost the leader its belief or brought a new token, the time from the fault to
     * the next belief that a client leads (a new leader, or the old one again after it lost its belief),
     * if that came before the next fault.
     */
    public static List<Failover> failovers(List<Event> events) {
        List<Failover> out = new java.util.ArrayList<>();
        java.util.Map<Integer, Long> believes = new java.util.HashMap<>();
        Event pendingFault = null;
        long leaderToken = 0;
        boolean leaderLost = false;
        for (Event e : events) {
            switch (e.kind()) {
                case FAULT -> {
                    pendingFault = e;
                    leaderToken = believes.values().stream().mapToLong(Long::longValue).max().orElse(0);
                    leaderLost = leaderToken == 0;
                }
                case LEAD -> {
                    believes.put(e.client(), e.token());
                    if (pendingFault != null && (e.token() != leaderToken || leaderLost)) {
                        out.add(new Failover(kind(pendingFault), (e.nanos() - pendingFault.nanos()) / 1e6));
                        pendingFault = null;
                    }
                }
                case LOST -> {
                    believes.remove(e.client());
                    leaderLost |= e.token() == leaderToken;
                }
                default -> { }
            }
        }
        return out;
    }
}
