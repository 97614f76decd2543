package dev.electorate.spec.property;

import dev.electorate.spec.Algorithm;
import java.util.OptionalInt;

/**
 * The winner is who the algorithm says it must be: whenever the election is settled, the leader
 * is the one {@link Algorithm#expectedLeader} names for the live nodes of that moment.
 */
public final class Validity extends StepwiseProperty {

    public Validity() {
        super("Validity");
    }

    @Override
    Judge judge(Algorithm algorithm) {
        return (step, view) -> {
            OptionalInt elected = view.elected();
            if (elected.isEmpty()) {
                return null;
            }
            OptionalInt expected = algorithm.expectedLeader(view.cluster(), view.live());
            if (expected.isPresent() && expected.getAsInt() != elected.getAsInt()) {
                return "node " + elected.getAsInt() + " is the settled leader but " + algorithm.name()
                        + " must elect node " + expected.getAsInt() + " when the live nodes are " + view.live();
            }
            return null;
        };
    }
}
