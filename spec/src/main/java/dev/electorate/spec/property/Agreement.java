package dev.electorate.spec.property;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.ClusterView;
import java.util.SortedSet;

/**
 * Nodes agree on whom they follow: two live nodes never name different leaders that both
 * currently believe they lead in the term those nodes name.
 */
public final class Agreement extends StepwiseProperty {

    public Agreement() {
        super("Agreement");
    }

    @Override
    Judge judge(Algorithm algorithm) {
        return (step, view) -> {
            SortedSet<Integer> leaders = view.liveLeaders();
            if (leaders.size() < 2) {
                return null;
            }
            int firstNamed = Cluster.NONE;
            int firstNamer = Cluster.NONE;
            for (int id : view.live()) {
                ClusterView.Belief b = view.of(id);
                if (!leaders.contains(b.leader()) || view.of(b.leader()).term() != b.term()) {
                    continue;
                }
                if (firstNamed == Cluster.NONE) {
                    firstNamed = b.leader();
                    firstNamer = id;
                } else if (b.leader() != firstNamed && view.of(firstNamed).term() == b.term()) {
                    return "node " + firstNamer + " follows " + firstNamed + " while node " + id
                            + " follows " + b.leader() + ", and both lead";
                }
            }
            return null;
        };
    }
}
