package dev.electorate.impl.lelann;

import dev.electorate.impl.ring.RingAlgorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Textbook;
import java.util.List;
import java.util.Set;

/** Le Lann's ring election (1977): every bid circles the ring, the highest id leads; specified by LeLann.tla. */
public final class LeLannAlgorithm extends RingAlgorithm {

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("declare-own-id",
                    "a node whose bid returns declares itself leader without comparing the ids it saw,"
                            + " and takes office at once, so every node leads (Uniqueness)"),
            new Mutant("no-skip",
                    "a late acknowledgement never routes round the successor, so a crashed node swallows"
                            + " the bids and no election ends (Termination)"),
            new Mutant("drop-announcement",
                    "a node follows an ALIVE but does not pass it on, so the winner's first ALIVE never comes"
                            + " home, it never takes office and the ring starts election after election"
                            + " (Termination)"),
            Mutant.beyondRandomSearch("fifo-ack",
                    "ring refinement 9 undone: an ACK clears the oldest outstanding message, not the one it"
                            + " names, so after a hop lost to a restarting successor every ACK is read one hop late,"
                            + " the ACK timer skips the live successor and it re-elects long after the faults (Stability)",
                    "it needs a hop lost to a successor that is down for a few ticks and back before the next"
                            + " hop, in the first election: about one crash-recover run in 10,000; RingLostHopTest's"
                            + " 400 runs shaped that way kill it"),
            Mutant.beyondRandomSearch("join-round-leader",
                    "ring refinement 8 undone: a follower joins a newer election whose bid was routed round its"
                            + " leader, so a leader that restarted and won the older epoch leads beside the newer"
                            + " epoch's winner (Uniqueness)",
                    "it needs two skips at different nodes and two restarts in one order on six nodes, which no"
                            + " random search has reached; RingWindowTest scripts that run and kills it"));

    public LeLannAlgorithm() {
        super("lelann", "LeLann", MUTANTS);
    }

    @Override
    protected Node node(int self, Cluster cluster, String mutant) {
        return new LeLann(self, cluster, mutant);
    }

    private static final Textbook TEXTBOOK = Textbook.counting(Set.of("Election"), "ELECTION",
                    Textbook.Family.DETERMINISTIC_RING)
            .withCurves(new Textbook.Curve("Le Lann n\u00b2", "n\u00b2", n -> (double) n * n))
            .withClaims(new Textbook.Exactly("Le Lann sends n\u00b2 ELECTION messages: every bid goes round the whole ring.",
                    "n\u00b2", n -> (double) n * n));

    @Override
    public Textbook textbook() {
        return TEXTBOOK;
    }
}
