package dev.electorate.spec;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
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
     * Whether Uniqueness also forbids two live nodes that both believe they lead in different terms.
     * False by default: in Raft or Paxos an old leader that has not heard of a newer term is legal, the
     * terms fence it. True for lease-style elections (the coordination-service recipes), whose promise
     * to their application is one believed leader at a time; their terms are fencing tokens, which
     * keep a stale leader harmless but do not make its belief true.
     */
    default boolean exclusiveLeadership() {
        return false;
    }

    /** The message type that counts as an election message in message-complexity figures. */
    default String electionMessageType() {
        return null;
    }

    /**
     * The message types targeted faults aim at (a crash right after one, or between two rivals):
     * {@link #electionMessageType()} by default; empty means every message is an election message.
     */
    default Set<String> electionMessageTypes() {
        String type = electionMessageType();
        return type == null ? Set.of() : Set.of(type);
    }

    /**
     * The most nodes the crash fault classes take down in one run of {@code cluster}: up to half of
     * it by default, which leaves an even cluster without a majority (so quorum algorithms declare
     * the crash class outside their assumptions).
     */
    default int crashBudget(Cluster cluster) {
        return Math.max(1, cluster.size() / 2);
    }

    /**
     * What the textbooks say of this algorithm's elections, for {@code compare}: by default its election messages
     * counted, with no curve and no claim.
     */
    default Textbook textbook() {
        return Textbook.counting(electionMessageType());
    }
}
