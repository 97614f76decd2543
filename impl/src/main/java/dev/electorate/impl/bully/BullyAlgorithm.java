package dev.electorate.impl.bully;

import dev.electorate.impl.common.Descriptor;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Textbook;
import dev.electorate.spec.Timing;
import java.util.List;
import java.util.Set;

/** The Bully algorithm (Garcia-Molina 1982): the highest live id leads; specified by Bully.tla. */
public final class BullyAlgorithm extends Descriptor {

    private static final Assumptions ASSUMPTIONS = Assumptions.surviving(Assumptions.Failures.CRASH_RECOVERY)
            .synchronyBound(Timing.MAX_DELAY)
            .because("Bully decides that a node is dead when it stays silent longer than the message delay bound,"
                    + " so a lost, late or reordered message, a partition, a paused process or a clock running"
                    + " at another rate makes it elect a second leader or none; duplicates are not tolerated"
                    + " because a repeated COORDINATOR can revive a stale announcement.");

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("no-answer",
                    "a node ignores ELECTION from lower ids, so a restarted lower node hears nothing and"
                            + " declares itself leader beside the real one (Uniqueness)"),
            new Mutant("assume-at-once",
                    "the winner leads as soon as it announces instead of waiting for the COORDINATOR to"
                            + " arrive, so a recovered higher id overlaps with the old leader (Uniqueness)"),
            new Mutant("no-heartbeat-timeout",
                    "followers never arm the heartbeat timer, so nobody notices a crashed leader"
                            + " (Termination)"));

    public BullyAlgorithm() {
        super("bully", "Bully", ASSUMPTIONS, MUTANTS, "Election", Winner.HIGHEST_LIVE, TEXTBOOK);
    }

    @Override
    protected Node node(int self, Cluster cluster, String mutant) {
        return new Bully(self, cluster, mutant);
    }

    /**
     * The highest live node m is leading at most D + max(heartbeat, coordinator timeout) + answer
     * timeout + announce delay after the last fault: a stale message reaches it within D, it then
     * waits out at most one heartbeat or coordinator timeout, runs one election and announces; every
     * lower node has its COORDINATOR by then. Independent of n: a candidate messages every higher
     * node directly.
     */
    @Override
    public long terminationBound(Cluster cluster) {
        return Timing.MAX_DELAY
                + Math.max(Bully.HEARTBEAT_TIMEOUT, Bully.COORDINATOR_TIMEOUT)
                + Bully.ANSWER_TIMEOUT + Bully.ANNOUNCE_DELAY;
    }

    private static final Textbook TEXTBOOK = Textbook.counting(Set.of("Election"), "ELECTION", Textbook.Family.BULLY)
            .withCurves(
                    new Textbook.Curve("Bully worst n(n-1)/2", "n(n-1)/2", n -> n * (n - 1) / 2.0),
                    new Textbook.Curve("Bully best n-1", "n-1", n -> n - 1))
            .withClaims(
                    new Textbook.ElectsHighest("Bully elects the highest live id."),
                    new Textbook.AtMost("Bully sends O(n\u00b2) messages: at most n(n-1)/2 ELECTION messages (every node"
                            + " challenging every higher one).", "n(n-1)/2", n -> n * (n - 1) / 2.0));

}
