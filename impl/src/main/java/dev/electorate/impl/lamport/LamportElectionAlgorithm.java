package dev.electorate.impl.lamport;

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
 * The Lamport-clock election (this project's definition on Lamport's 1978 clocks): the candidate
 * with the greatest (clock, id) stamp leads; specified by LamportElection.tla.
 */
public final class LamportElectionAlgorithm extends Descriptor {

    private static final Assumptions ASSUMPTIONS = Assumptions.surviving(Assumptions.Failures.CRASH_RECOVERY)
            .synchronyBound(Timing.MAX_DELAY)
            .tolerating(FaultClass.DUPLICATE, FaultClass.REORDER)
            .because("A candidate reads a node that has not answered within 2 * MAX_DELAY + 1 ticks as down and"
                    + " declares without it, so a lost message, a partition, a paused process or a clock"
                    + " running at another rate lets it lead beside a live leader, or makes a follower"
                    + " depose a live one; reordered and duplicated messages within the delay bound are"
                    + " harmless, as every answer names the stamp it answers.");

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("clock-only",
                    "stamps are compared by clock alone, without the id tiebreak, so candidates with equal"
                            + " clocks refuse each other, none withdraws and all declare (Uniqueness)"),
            new Mutant("declare-early",
                    "a candidate declares on its first OK instead of waiting for every live node, so two"
                            + " candidates that each hear from one node both lead (Uniqueness)"),
            new Mutant("keep-leading",
                    "a leader promises a greater stamp but does not step down, so a restarted node whose"
                            + " durable clock outbids it leads beside it (Uniqueness)"),
            new Mutant("silent-declare",
                    "a candidate that wins leads without sending LEADER, so the nodes that promised its stamp"
                            + " never learn who leads (Termination)"));

    public LamportElectionAlgorithm() {
        // Any live node may win: whoever suspects first with the greatest stamp.
        super("lamport", "LamportElection", ASSUMPTIONS, MUTANTS, "Election", Winner.ANY_LIVE, TEXTBOOK);
    }

    @Override
    protected Node node(int self, Cluster cluster, String mutant) {
        return new LamportElection(self, cluster, mutant);
    }

    /**
     * A heartbeat already sent arrives within D and the followers' silence timers run out within
     * SILENCE_TIMEOUT; whoever suspects within D of the first suspicion (before its ELECTION
     * arrives) runs too, and the greatest stamp among them wins in one election (ANSWER_TIMEOUT)
     * and its LEADER arrives within D. A node restarting during that round may outbid the winner:
     * one more election and announcement. Independent of n: every candidate asks every node directly.
     */
    @Override
    public long terminationBound(Cluster cluster) {
        long round = LamportElection.ANSWER_TIMEOUT + Timing.MAX_DELAY;
        return Timing.MAX_DELAY + LamportElection.SILENCE_TIMEOUT + Timing.MAX_DELAY + 2 * round;
    }

    /**
     * A restarted node sends ELECTION to every node at once; if it crashes again right after (or
     * inside that broadcast), what it sent still arrives within MAX_DELAY and makes its receivers
     * run an election the crash has made pointless: the crash's doing, not instability.
     */
    @Override
    public long faultAftermath(Cluster cluster) {
        return Timing.MAX_DELAY;
    }

    private static final Textbook TEXTBOOK = Textbook.counting(Set.of("Election"), "ELECTION", Textbook.Family.OTHER)
            .withCurves(new Textbook.Curve("Lamport n(n-1): every node a candidate, n-1 each", "n(n-1)",
                    n -> (double) n * (n - 1)));

}
