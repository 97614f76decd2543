package dev.electorate.harness.check;

import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.ClusterView;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Properties;
import dev.electorate.spec.property.Violation;
import java.util.List;

/**
 * What one run showed: its violations, and how long and how many messages its first election took
 * (-1 when no leader was ever settled).
 */
public record RunOutcome(RunSpec spec, List<Violation> violations, long ticksToElect, long messagesToElect,
                         long electionMessagesToElect, int steps, boolean capped) {

    public static RunOutcome of(RunSpec spec, Trace trace, Algorithm algorithm) {
        List<Violation> violations = Properties.check(trace, algorithm);
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
        // Stopped by the step cap before its horizon: its safety violations stand, but Termination is undecided.
        boolean capped = trace.header().horizon() < Runs.horizon(algorithm, spec);
        return new RunOutcome(spec, violations, ticks, messages, electionMessages, steps.size(), capped);
    }

    public boolean violated() {
        return !violations.isEmpty();
    }
}
