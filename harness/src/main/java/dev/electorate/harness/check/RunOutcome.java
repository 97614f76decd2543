package dev.electorate.harness.check;

import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.ClusterView;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import dev.electorate.spec.property.Termination;
import dev.electorate.spec.property.Properties;
import dev.electorate.spec.property.Violation;
import java.util.List;

/**
 * What one run showed: its violations, and how long and how many messages its first election took
 * (-1 when no leader was ever settled).
 */
public record RunOutcome(RunSpec spec, List<Violation> violations, long ticksToElect, long messagesToElect,
                         long electionMessagesToElect, int steps, boolean capped) {

    private static final String TERMINATION = new Termination().name();

    public static RunOutcome of(RunSpec spec, Trace trace, Algorithm algorithm) {
        List<Violation> violations = decidedViolations(trace, algorithm);
        ClusterView view = new ClusterView(trace.header().cluster());
        long ticks = -1;
        long messages = -1;
        long electionMessages = -1;
        List<Step> steps = trace.steps();
        for (int i = 0; i < steps.size(); i++) {
            view.apply(steps.get(i));
            if (view.elected().isPresent()) {
                ticks = steps.get(i).time();
                messages = trace.messagesSent(i + 1, null);
                electionMessages = algorithm.electionMessageType() == null ? messages
                        : trace.messagesSent(i + 1, algorithm.electionMessageType());
                break;
            }
        }
        boolean capped = trace.header().horizon() < Runs.horizon(spec);
        return new RunOutcome(spec, violations, ticks, messages, electionMessages, steps.size(), capped);
    }

    /**
     * The properties {@code trace} violates, leaving out Termination when the run stopped before its
     * deadline (the simulator's step cap cut it): Termination says it cannot be decided there, which is
     * inconclusive, not a violation; the safety properties stand on the prefix that was run.
     */
    public static List<Violation> decidedViolations(Trace trace, Algorithm algorithm) {
        List<Violation> all = Properties.check(trace, algorithm);
        TraceHeader h = trace.header();
        if (h.horizon() >= h.healedAt() + h.terminationBound()) {
            return all;
        }
        return all.stream().filter(v -> !v.property().equals(TERMINATION)).toList();
    }

    public boolean violated() {
        return !violations.isEmpty();
    }
}
