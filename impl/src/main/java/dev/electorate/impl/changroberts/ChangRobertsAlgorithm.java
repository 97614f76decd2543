package dev.electorate.impl.changroberts;

import dev.electorate.impl.ring.RingAlgorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import java.util.List;

/** Chang and Roberts' ring election (1979): only the highest bid survives the round; specified by ChangRoberts.tla. */
public final class ChangRobertsAlgorithm extends RingAlgorithm {

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("forward-smaller",
                    "a node passes on bids smaller than its own instead of dropping them and takes office"
                            + " as soon as its bid is back, so every bid comes home and several nodes lead"
                            + " (Uniqueness; forwarding alone only livelocks: higher nodes stop the lower winners' ELECTED)"),
            new Mutant("no-skip",
                    "a late acknowledgement never routes round the successor, so a crashed node swallows"
                            + " the bids and no election ends (Termination)"),
            new Mutant("drop-announcement",
                    "a node follows an ELECTED or ALIVE but does not pass it on, so the winner's ELECTED never"
                            + " comes home, it never takes office and the ring starts election after election"
                            + " (Termination)"));

    public ChangRobertsAlgorithm() {
        super("chang-roberts", "ChangRoberts", MUTANTS);
    }

    @Override
    protected Node node(int self, Cluster cluster, String mutant) {
        return new ChangRoberts(self, cluster, mutant);
    }
}
