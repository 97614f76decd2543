package dev.electorate.spec.property;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;

/**
 * Never two leaders: for a node with a term, no two nodes lead in the same term (even at
 * different times); for term 0 (algorithms without terms), never two live nodes believe they
 * lead at once; for an algorithm with {@linkplain Algorithm#exclusiveLeadership exclusive leadership},
 * never two live nodes that believe they lead at once, whatever their terms.
 */
public final class Uniqueness extends StepwiseProperty {

    public Uniqueness() {
        super("Uniqueness");
    }

    @Override
    Judge judge(Algorithm algorithm) {
        Map<Long, Integer> leaderOfTerm = new HashMap<>();
        return (step, view) -> {
            if (step.up() && step.role() == Role.LEADER && step.term() != 0) {
                Integer earlier = leaderOfTerm.putIfAbsent(step.term(), step.node());
                if (earlier != null && earlier != step.node()) {
                    return "node " + step.node() + " leads term " + step.term() + ", which node " + earlier
                            + " already led";
                }
            }
            SortedSet<Integer> leaders = view.liveLeaders();
            if (leaders.size() > 1 && algorithm.exclusiveLeadership()) {
                int first = leaders.first();
                int second = leaders.stream().skip(1).findFirst().orElseThrow();
                return "nodes " + first + " and " + second + " both believe they lead (tokens "
                        + view.of(first).term() + " and " + view.of(second).term() + ")";
            }
            if (leaders.size() > 1) {
                // Two live self-proclaimed leaders are only a violation when they share a term
                // (term-less algorithms all sit in term 0).
                Map<Long, Integer> seen = new HashMap<>();
                for (int id : leaders) {
                    Integer other = seen.putIfAbsent(view.of(id).term(), id);
                    if (other != null && view.of(id).term() == 0) {
                        return "nodes " + other + " and " + id + " both believe they lead";
                    }
                }
            }
            return null;
        };
    }
}
