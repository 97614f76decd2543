package dev.electorate.spec;

import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;

/** Describes an election algorithm: its name, how to make its nodes, its mutants and assumptions. */
public interface Algorithm {

    /** The command-line name ("bully", "chang-roberts"). */
    String name();

    /** The TLA+ module that specifies it ("Bully"), or null if it has none yet. */
    String tlaModule();

    /** What it needs from the environment. */
    Assumptions assumptions();

    /** Its mutants, each a named wrong variant. */
    List<Mutant> mutants();

    /**
     * Makes node {@code self} of {@code cluster}; {@code mutant} is null for the algorithm itself
     * or the name of one of {@link #mutants()}.
     */
    Node create(int self, Cluster cluster, String mutant);

    /**
     * The leader Validity demands when {@code live} are the running nodes, or empty when any
     * live node may win.
     */
    OptionalInt expectedLeader(Cluster cluster, SortedSet<Integer> live);

    /**
     * Ticks after the last fault heals within which one leader must be known to every live node,
     * assuming message delays within the network's default bounds.
     */
    long terminationBound(Cluster cluster);

    /**
     * Ticks after a fault ends during which the algorithm may still change leader because of it,
     * so Stability does not count such a change: a timer set before a pause firing just before the
     * resumed leader's heartbeat arrives, or a node that campaigned on the far side of a partition
     * being heard once it heals. Zero by default: the change must happen in the tick the fault ends.
     */
    default long faultAftermath(Cluster cluster) {
        return 0;
    }

    /**
     * This algorithm with the named options on (for example Raft's {@code pre-vote}); its
     * {@link #name()} then names them, {@code raft+pre-vote}, so runs and replays keep them.
     * Throws with the accepted names when one is unknown; an algorithm without options accepts none.
     */
    default Algorithm withOptions(java.util.List<String> options) {
        if (options.isEmpty()) {
            return this;
        }
        throw new IllegalArgumentException(name() + " has no options; got " + options);
    }

    /**
     * Fails, naming the accepted names, unless {@code mutant} is null (the algorithm itself) or one of
     * {@link #mutants()}: what {@link #create} calls first.
     */
    default void requireMutant(String mutant) {
        if (mutant != null && mutants().stream().noneMatch(m -> m.name().equals(mutant))) {
            throw new IllegalArgumentException(name() + " has no mutant '" + mutant + "'; accepted: "
                    + mutants().stream().map(Mutant::name).toList());
        }
    }

    /**
     * Whether Uniqueness forbids two live nodes believing they lead at once even in different terms.
     * False by default: where a term is an epoch (Raft, Paxos), a leader of an older term is fenced off
     * and steps down when it hears of the newer one, so only a shared term is a violation. True for
     * recipes on a coordination service, whose term is a fencing token that ends no older tenure: there
     * two believers at once are the overlap the recipe promises to avoid.
     */
    default boolean oneLeaderAtATime() {
        return false;
    }

    /** The message type that counts as an election message in message-complexity figures. */
    default String electionMessageType() {
        return null;
    }
}
