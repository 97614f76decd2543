package dev.electorate.impl.ring;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Timing;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;

/** What the two unidirectional ring elections declare alike: assumptions, winner, time bound. */
public abstract class RingAlgorithm implements Algorithm {

    private static final Assumptions ASSUMPTIONS = new Assumptions(
            Timing.MAX_DELAY, true, Assumptions.Failures.CRASH_RECOVERY,
            false, false, false, false, false, true,
            "A ring node routes round its successor when an acknowledgement is late and starts a new"
                    + " election when the leader's token is late, so it needs the delay bound and reliable"
                    + " links: a lost or slow message, a partition, a paused node or a skewed clock makes it"
                    + " skip a live node or depose a live leader; a duplicated acknowledgement confirms a hop"
                    + " that never happened and a reordered one breaks the FIFO pairing of hops and acks.");

    @Override
    public Assumptions assumptions() {
        return ASSUMPTIONS;
    }

    /** Makes the node once the mutant name is known to be valid. */
    protected abstract Node node(int self, Cluster cluster, String mutant);

    @Override
    public final Node create(int self, Cluster cluster, String mutant) {
        List<Mutant> mutants = mutants();
        if (mutant != null && mutants.stream().noneMatch(m -> m.name().equals(mutant))) {
            throw new IllegalArgumentException(name() + " has no mutant '" + mutant + "'; accepted: "
                    + mutants.stream().map(Mutant::name).toList());
        }
        cluster.position(self); // fails fast on a non-member
        return node(self, cluster, mutant);
    }

    @Override
    public OptionalInt expectedLeader(Cluster cluster, SortedSet<Integer> live) {
        return live.isEmpty() ? OptionalInt.empty() : OptionalInt.of(live.last());
    }

    /**
     * After the last fault, a dead leader is noticed within one leader timeout; a restarted node
     * learns the ring's epoch from its first acknowledgement (routing round up to n crashed
     * successors); a stale election still running may time out once more; then one election of
     * at most 3n hops settles it (see {@link RingNode#leaderTimeout}).
     */
    @Override
    public long terminationBound(Cluster cluster) {
        int n = cluster.size();
        long hop = Timing.MAX_DELAY + RingNode.ACK_TIMEOUT;
        return 2 * RingNode.leaderTimeout(n) + 3L * n * hop + n * RingNode.ACK_TIMEOUT;
    }

    @Override
    public String electionMessageType() {
        return "Election";
    }
}
