package dev.electorate.spec.property;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.ClusterView;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The winner is who the algorithm says it must be: whenever the election is settled, the leader
 * is the one {@link Algorithm#expectedLeader} names for the live nodes of that moment.
 */
public final class Validity implements Property {

    @Override
    public String name() {
        return "Validity";
    }

    @Override
    public Optional<Violation> check(Trace trace, Algorithm algorithm) {
        ClusterView view = new ClusterView(trace.header().cluster());
        for (Step step : trace.steps()) {
            view.apply(step);
            OptionalInt elected = view.elected();
            if (elected.isEmpty()) {
                continue;
            }
            OptionalInt expected = algorithm.expectedLeader(view.cluster(), view.live());
            if (expected.isPresent() && expected.getAsInt() != elected.getAsInt()) {
                return Optional.of(new Violation(name(), step.index(), step.time(),
                        "node " + elected.getAsInt() + " is the settled leader but "
                                + algorithm.name() + " must elect node " + expected.getAsInt()
                                + " when the live nodes are " + view.live()));
            }
        }
        return Optional.empty();
    }
}
