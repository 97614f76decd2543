package dev.electorate.impl.paxos;

import dev.electorate.impl.common.Descriptor;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Textbook;
import dev.electorate.spec.Timing;
import java.util.List;
import java.util.Set;

/**
 * Paxos ballot leadership (phase 1 of Lamport's "Paxos Made Simple"): the proposer whose ballot a
 * majority of acceptors promised leads it until it sees a higher ballot; specified by Paxos.tla. A
 * node's term is its ballot encoded as round * 1024 + id, which orders like the ballot, so the
 * harness's Uniqueness is per ballot and its Linearizability uses the ballot as fencing token.
 */
public final class PaxosAlgorithm extends Descriptor {

    /**
     * Safety never depends on time: a ballot names its proposer, a proposer never reuses a round
     * (it persists the highest one), and an acceptor's promise is durable, so each ballot has one
     * tenure and a majority stays promised at or above every ballot that led. Termination and
     * Stability need a period of synchrony, which every fault class grants once its faults heal, and
     * a majority up: the crash class (up to half the nodes down for good) is outside.
     */
    private static final Assumptions ASSUMPTIONS = Assumptions.surviving(Assumptions.Failures.MAJORITY_RECOVERY)
            .synchronyBound(Timing.MAX_DELAY)
            .tolerating(FaultClass.MIXED)
            .because("Paxos ballot leadership is safe under every fault class, but a ballot needs the promises of a"
                    + " majority: when up to half the nodes crash for good (the crash class), an even cluster has"
                    + " none left and no leader is elected (Termination); with a majority up and the network"
                    + " synchronous again it elects one with overwhelming, not certain, probability (randomized"
                    + " timeouts).");

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("forget-round",
                    "a proposer does not persist the highest round it used, so after a restart it prepares a"
                            + " ballot it already led with and leads it a second time: two tenures share one fencing"
                            + " token (Linearizability)",
                    "it needs a proposer back within a few ticks of a restart, before any higher ballot"
                            + " reached a majority (PaxosForgetRoundTest arms such restarts)"),
            new Mutant("ignore-higher-ballot",
                    "a leader ignores higher ballots instead of stepping down, so after a partition heals the"
                            + " old and the new leader both lead for good (Termination)"));

    /**
     * With the lease option, leases rest on clocks: every fault class but clock skew keeps clocks within
     * the drift bound, and the skew class draws rates far outside it (25% to 80%, 125% to 400%). A paused
     * leader believes in its lease until it runs again and its lease timer fires: the hazard of every
     * lease, outside too.
     */
    private static final Assumptions LEASE_ASSUMPTIONS = Assumptions.surviving(Assumptions.Failures.MAJORITY_RECOVERY)
            .synchronyBound(Timing.MAX_DELAY)
            .tolerating(FaultClass.LOSS, FaultClass.DUPLICATE, FaultClass.REORDER, FaultClass.PARTITION)
            .because("Paxos leases assume every clock runs within " + Paxos.DRIFT_PER_MILLE / 10.0 + "% of real time: a"
                    + " clock outside that bound (the clock-skew class) can make two leases overlap; a leader paused"
                    + " past its lease (the pause class) believes it leads until it runs again; and, as without"
                    + " leases, a majority must be up (the crash class is outside).");

    /** An election round is an election timeout plus a round trip; duelling proposers cost more rounds. */
    static final int ROUNDS = 8;

    private final boolean leases;

    public PaxosAlgorithm() {
        this(false);
    }

    /**
     * Paxos.tla specifies both: ballot leadership, and with its constant {@code Lease} the lease; the
     * trace module of the option is TracePaxosLease.tla.
     */
    private PaxosAlgorithm(boolean leases) {
        // Any live node may win.
        super(leases ? "paxos+lease" : "paxos", leases ? "PaxosLease" : "Paxos",
                leases ? LEASE_ASSUMPTIONS : ASSUMPTIONS, MUTANTS, "Prepare", Winner.ANY_LIVE, TEXTBOOK);
        this.leases = leases;
    }

    /** The option {@code lease} (as in {@code paxos+lease}): leader leases under a clock-drift bound. */
    @Override
    public PaxosAlgorithm withOptions(List<String> names) {
        boolean lease = leases;
        for (String n : names) {
            if (!n.equals("lease")) {
                throw new IllegalArgumentException("paxos has no option '" + n + "'; accepted: lease (as in paxos+lease)");
            }
            lease = true;
        }
        return new PaxosAlgorithm(lease);
    }

    /** With leases a leader's belief is exclusive in real time, not only per ballot: Uniqueness checks that. */
    @Override
    public boolean exclusiveLeadership() {
        return leases;
    }

    @Override
    protected Node node(int self, Cluster cluster, String mutant) {
        if (self <= 0 || self >= Ballot.ID_LIMIT) {
            throw new IllegalArgumentException("paxos encodes ballots as round * " + Ballot.ID_LIMIT
                    + " + id, so node ids must lie in 1.." + (Ballot.ID_LIMIT - 1) + "; got " + self);
        }
        return new Paxos(self, cluster, mutant, leases);
    }

    /**
     * After the last fault heals, a stale message arrives within D, every follower's election timer
     * fires within the longest timeout, and each ballot (a timeout, the promises, the winner's first
     * heartbeat) ends within the longest timeout plus 2D; {@link #ROUNDS} ballots allow for duelling
     * proposers and for a node that rejoins with a higher ballot.
     */
    @Override
    public long terminationBound(Cluster cluster) {
        long longest = Paxos.ELECTION_TIMEOUT_MIN + Paxos.ELECTION_TIMEOUT_SPREAD;
        return Timing.MAX_DELAY + longest + ROUNDS * (longest + 2 * Timing.MAX_DELAY);
    }

    /**
     * A follower whose timer was last reset before a pause or partition may fire it before the
     * leader's next heartbeat reaches it, and a node that prepared a ballot on the far side of a
     * partition preempts the leader once it heals: both within the longest election timeout plus a
     * round trip after the fault ends.
     */
    @Override
    public long faultAftermath(Cluster cluster) {
        return Paxos.ELECTION_TIMEOUT_MIN + Paxos.ELECTION_TIMEOUT_SPREAD + 2 * Timing.MAX_DELAY;
    }

    private static final Textbook TEXTBOOK = Textbook.counting(Set.of("Prepare"), "PREPARE", Textbook.Family.OTHER)
            .withCurves(new Textbook.Curve("Paxos n-1 per proposer per ballot", "n-1", n -> n - 1));

}
