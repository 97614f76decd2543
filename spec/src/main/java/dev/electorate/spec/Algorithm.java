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

    /** The message type that counts as an election message in message-complexity figures. */
    default String electionMessageType() {
        return null;
    }
}
