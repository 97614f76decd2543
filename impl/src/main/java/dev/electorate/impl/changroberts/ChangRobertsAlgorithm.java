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
                            + " (Uniqueness; without lead-on-bid the ELECTED round stops the lower winners)"),
            new Mutant("lead-on-bid",
                    "a node takes office when its bid comes home instead of when its ELECTED does, so a"
                            + " restarted node can win an election the ring has left beside the winner of the"
                            + " newer one (Uniqueness, crash-recover with bounces)"),
            new Mutant("no-skip",
                    "a late acknowledgement never routes round the successor, so a crashed node swallows"
                            + " the bids and no election ends (Termination)"));

    @Override
    public String name() {
        return "chang-roberts";
    }

    @Override
    public String tlaModule() {
        return "ChangRoberts";
    }

    @Override
    public List<Mutant> mutants() {
        return MUTANTS;
    }

    @Override
    protected Node node(int self, Cluster cluster, String mutant) {
        return new ChangRoberts(self, cluster, mutant);
    }
}
