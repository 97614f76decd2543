package dev.electorate.spec;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What every node believes at one point of a trace, folded step by step: whether it runs, its
 * role, the leader it names and its term.
 */
public final class ClusterView {

    /** One node's status and beliefs. */
    public record Belief(boolean up, Role role, int leader, long term) {}

    private final Cluster cluster;
    private final Map<Integer, Belief> beliefs = new HashMap<>();

    public ClusterView(Cluster cluster) {
        this.cluster = cluster;
        for (int id : cluster.members()) {
            beliefs.put(id, new Belief(false, Role.IDLE, Cluster.NONE, 0));
        }
    }

    /** Folds one more step in. */
    public void apply(Step step) {
        if (step.touchesNode() && beliefs.containsKey(step.node())) {
            beliefs.put(step.node(), new Belief(step.up(), step.role(), step.leader(), step.term()));
        }
    }

    public Belief of(int id) {
        return beliefs.get(id);
    }

    public Cluster cluster() {
        return cluster;
    }

    public SortedSet<Integer> live() {
        SortedSet<Integer> live = new TreeSet<>();
        for (int id : cluster.members()) {
            if (beliefs.get(id).up()) {
                live.add(id);
            }
        }
        return live;
    }

    /** Live nodes that believe they lead. */
    public SortedSet<Integer> liveLeaders() {
        SortedSet<Integer> leaders = new TreeSet<>();
        for (int id : cluster.members()) {
            Belief b = beliefs.get(id);
            if (b.up() && b.role() == Role.LEADER) {
                leaders.add(id);
            }
        }
        return leaders;
    }

    /**
     * The leader when the election is settled: exactly one live node believes it leads and every
     * live node names it; empty otherwise.
     */
    public OptionalInt elected() {
        SortedSet<Integer> leaders = liveLeaders();
        if (leaders.size() != 1) {
            return OptionalInt.empty();
        }
        int leader = leaders.first();
        for (int id : cluster.members()) {
            Belief b = beliefs.get(id);
            if (b.up() && b.leader() != leader) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(leader);
    }

    /**
     * As {@link #elected()}, and every live node names the leader in the leader's own term: a node
     * still naming it for an earlier term has not caught up with this election yet (for term-less
     * algorithms, whose terms are all 0, the same as {@code elected()}).
     */
    public OptionalInt settledInTerm() {
        OptionalInt elected = elected();
        if (elected.isEmpty()) {
            return elected;
        }
        long term = beliefs.get(elected.getAsInt()).term();
        for (int id : cluster.members()) {
            Belief b = beliefs.get(id);
            if (b.up() && b.term() != term) {
                return OptionalInt.empty();
            }
        }
        return elected;
    }
}
