package dev.electorate.spec.property;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.ClusterView;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A leader is eventually elected, within a bound: no later than {@code terminationBound} ticks
 * after the last fault heals, one live leader is known to every live node, and it stays so until
 * the run ends.
 */
public final class Termination implements Property {

    @Override
    public String name() {
        return "Termination";
    }

    @Override
    public Optional<Violation> check(Trace trace, Algorithm algorithm) {
        TraceHeader header = trace.header();
        long deadline = header.healedAt() + header.terminationBound();
        List<Step> steps = trace.steps();
        if (steps.isEmpty()) {
            return Optional.of(new Violation(name(), 0, 0, "the trace has no steps"));
        }
        if (header.horizon() < deadline) {
            Step last = steps.get(steps.size() - 1);
            return Optional.of(new Violation(name(), last.index(), last.time(),
                    "the run stopped at tick " + header.horizon() + ", before the deadline " + deadline
                            + ", so Termination cannot be decided"));
        }
        ClusterView view = new ClusterView(header.cluster());
        Step settledAt = null;
        OptionalInt settledLeader = OptionalInt.empty();
        for (Step step : steps) {
            view.apply(step);
            OptionalInt elected = view.elected();
            if (elected.isEmpty()) {
                settledAt = null;
            } else if (settledAt == null || !elected.equals(settledLeader)) {
                settledAt = step;
            }
            settledLeader = elected;
        }
        Step last = steps.get(steps.size() - 1);
        if (settledAt == null) {
            return Optional.of(new Violation(name(), last.index(), last.time(),
                    "no leader known to every live node at the end of the run (tick " + header.horizon()
                            + "; deadline was tick " + deadline + ")"));
        }
        if (settledAt.time() > deadline) {
            return Optional.of(new Violation(name(), settledAt.index(), settledAt.time(),
                    "leader " + settledLeader.getAsInt() + " was settled only at tick " + settledAt.time()
                            + ", after the deadline " + deadline + " (last fault healed at tick "
                            + header.healedAt() + ", bound " + header.terminationBound() + " ticks)"));
        }
        return Optional.empty();
    }
}
