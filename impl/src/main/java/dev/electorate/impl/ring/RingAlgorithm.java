package dev.electorate.impl.ring;

import dev.electorate.impl.common.Descriptor;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Textbook;
import dev.electorate.spec.Timing;
import java.util.List;

/** What the two unidirectional ring elections declare alike: assumptions, winner, time bound. */
public abstract class RingAlgorithm extends Descriptor {

    private static final Assumptions ASSUMPTIONS = Assumptions.surviving(Assumptions.Failures.CRASH_RECOVERY)
            .synchronyBound(Timing.MAX_DELAY)
            .because("A ring node takes a successor whose acknowledgement is late for crashed and routes round"
                    + " it, and starts a new election when the leader's token is late, so it needs the delay"
                    + " bound and reliable links: a lost or slow message, a partition, a paused node or a"
                    + " skewed clock makes it skip a live node (which then never hears the election) or"
                    + " depose a live leader; a duplicated acknowledgement confirms a hop that never"
                    + " happened, and a reordered link breaks both the FIFO pairing of hops and"
                    + " acknowledgements and the order of bids that makes \"my bid came back\" mean"
                    + " \"it passed every live node\".");

    private static final Mutant NO_SKIP = new Mutant("no-skip",
            "a late acknowledgement never routes round the successor, so a crashed node swallows"
                    + " the bids and no election ends (Termination)");

    private static final Mutant FIFO_ACK = Mutant.beyondRandomSearch("fifo-ack",
            "ring refinement 9 undone: an ACK clears the oldest outstanding message, not the one it"
                    + " names, so after a hop lost to a restarting successor every ACK is read one hop late,"
                    + " the ACK timer skips the live successor and it re-elects long after the faults (Stability)",
            "it needs a hop lost to a successor that is down for a few ticks and back before the next"
                    + " hop, in the first election: about one crash-recover run in 10,000; RingLostHopTest's"
                    + " 400 runs shaped that way kill it");

    private static final Mutant JOIN_ROUND_LEADER = Mutant.beyondRandomSearch("join-round-leader",
            "ring refinement 8 undone: a follower joins a newer election whose bid was routed round its"
                    + " leader, so a leader that restarted and won the older epoch leads beside the newer"
                    + " epoch's winner (Uniqueness)",
            "it needs two skips at different nodes and two restarts in one order on six nodes, which no"
                    + " random search has reached; RingWindowTest scripts that run and kills it");

    /**
     * A ring election's mutants: its own wrong winner and dropped announcement, and between and after
     * them the mutants of the routing and refinements that {@link RingNode} gives both ring elections.
     */
    protected static List<Mutant> ringMutants(Mutant wrongWinner, Mutant dropAnnouncement) {
        return List.of(wrongWinner, NO_SKIP, dropAnnouncement, FIFO_ACK, JOIN_ROUND_LEADER);
    }

    /** How a ring election makes node {@code self}: the constructor of its {@link RingNode}. */
    @FunctionalInterface
    protected interface Nodes {
        RingNode make(int self, Cluster cluster, String mutant);
    }

    private final Nodes nodes;

    protected RingAlgorithm(String name, String tlaModule, List<Mutant> mutants, Textbook textbook, Nodes nodes) {
        super(name, tlaModule, ASSUMPTIONS, mutants, "Election", Winner.HIGHEST_LIVE, textbook);
        this.nodes = nodes;
    }

    @Override
    protected final Node node(int self, Cluster cluster, String mutant) {
        return nodes.make(self, cluster, mutant);
    }

    /**
     * With E = {@link RingNode#electionTime} (one whole election, every hop routed round a crashed
     * node) and T = {@link RingNode#leaderTimeout} (E plus one ALIVE period): when the last fault
     * heals at t, an election may be running that can no longer end (its winner's bid died with a
     * crashed node) or that leaves out the node just restarted; it is over, one way or the other,
     * by t + E. The nodes it reached time out at most T after they joined it, so by t + E + T; a
     * restarted node left out of it times out at t + T and its bid makes the node it reaches start
     * a newer election. Either way one more election, started within D of that, settles it:
     * bound = T + 2E + D = 3 * MAX_DELAY + 9n(3 * MAX_DELAY + 1) ticks (1,983 for n = 7).
     */
    @Override
    public long terminationBound(Cluster cluster) {
        int n = cluster.size();
        return RingNode.leaderTimeout(n) + 2 * RingNode.electionTime(n) + Timing.MAX_DELAY;
    }
}
