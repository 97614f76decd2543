package dev.electorate.spec.property;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.ClusterView;
import dev.electorate.spec.Envelope;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * No leader change without a fault: once a leader is settled, it stays settled until the next
 * fault; a change with no fault since the leader settled is a violation. A lasting fault (a
 * partition, a pause, loss, duplication, reordering, clock skew: the fault actions of
 * docs/formats.md from onset to end) is in effect until it ends, so no change during it counts,
 * nor one in the tick a fault happens or ends, nor one within the algorithm's
 * {@linkplain Algorithm#faultAftermath fault aftermath} after that. A leader is settled when every
 * live node names it in its own term ({@link ClusterView#settledInTerm}): a follower still naming
 * the leader of an earlier term neither counts toward the new leader nor, when it catches up on
 * the new term, makes that look like a change. A message sent before the latest fault and received after it
 * is the fault's doing too (a node that crashed inside a reaction after some of its sends, a restarted node's
 * announcement overtaken by its crash): a change it causes is excused, and the leader must settle again.
 */
public final class Stability implements Property {

    private static final Set<String> ONSETS = Set.of("Partition", "Pause", "Loss", "Duplication", "Reordering",
            "ClockSkew");
    private static final Set<String> ENDS = Set.of("Heal", "Resume", "LossEnd", "DuplicationEnd", "ReorderingEnd",
            "ClockSkewEnd");

    @Override
    public String name() {
        return "Stability";
    }

    @Override
    public Optional<Violation> check(Trace trace, Algorithm algorithm) {
        ClusterView view = new ClusterView(trace.header().cluster());
        OptionalInt settled = OptionalInt.empty();
        int lasting = 0;
        long aftermath = algorithm.faultAftermath(trace.header().cluster());
        long excusedUntil = -1;
        long lastFault = -1;
        // When each message still in flight was sent, oldest first per envelope.
        Map<Envelope, ArrayDeque<Long>> sentAt = new HashMap<>();
        for (Step step : trace.steps()) {
            view.apply(step);
            for (Envelope e : step.sent()) {
                sentAt.computeIfAbsent(e, k -> new ArrayDeque<>()).add(step.time());
            }
            boolean acrossAFault = false;
            if (step.kind() == Step.Kind.RECEIVE && step.message() != null) {
                ArrayDeque<Long> times = sentAt.get(new Envelope(step.from(), step.node(), step.message()));
                Long sent = times == null ? null : times.poll();
                acrossAFault = sent != null && sent <= lastFault;
            }
            if (step.isFault() && ONSETS.contains(step.action())) {
                lasting++;
            } else if (step.isFault() && ENDS.contains(step.action())) {
                lasting = Math.max(0, lasting - 1);
            }
            // A restart is the end of a crash fault: the node comes back knowing nothing.
            if (step.isFault() || step.kind() == Step.Kind.RESTART || lasting > 0) {
                settled = OptionalInt.empty();
                excusedUntil = step.time() + aftermath;
                lastFault = step.time();
                continue;
            }
            if (acrossAFault) {
                settled = OptionalInt.empty();
                continue;
            }
            // What a node does in the tick a fault ends (a resumed process catching up on its
            // held messages and timers), or in the aftermath the algorithm declares, is still the
            // fault's doing.
            if (step.time() <= excusedUntil) {
                continue;
            }
            OptionalInt now = view.settledInTerm();
            if (settled.isPresent() && !now.equals(settled)) {
                return Optional.of(new Violation(name(), step.index(), step.time(),
                        "leader " + settled.getAsInt() + " was settled and no fault happened since, yet after "
                                + step.action() + " at node " + step.node() + " "
                                + (now.isPresent() ? "node " + now.getAsInt() + " leads" : "no leader is settled")));
            }
            if (now.isPresent()) {
                settled = now;
            }
        }
        return Optional.empty();
    }
}
