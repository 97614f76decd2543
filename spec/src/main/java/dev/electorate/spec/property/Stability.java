package dev.electorate.spec.property;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.ClusterView;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * No leader change without a fault: once a leader is settled, it stays settled until the next
 * fault; a change with no fault since the leader settled is a violation.
 */
public final class Stability implements Property {

    @Override
    public String name() {
        return "Stability";
    }

    @Override
    public Optional<Violation> check(Trace trace, Algorithm algorithm) {
        ClusterView view = new ClusterView(trace.header().cluster());
        OptionalInt settled = OptionalInt.empty();
        for (Step step : trace.steps()) {
            view.apply(step);
            // A restart is the end of a crash fault: the node comes back knowing nothing.
            if (step.isFault() || step.kind() == Step.Kind.RESTART) {
                settled = OptionalInt.empty();
                continue;
            }
            OptionalInt now = view.elected();
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
