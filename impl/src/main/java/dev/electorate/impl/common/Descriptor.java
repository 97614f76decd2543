package dev.electorate.impl.common;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Textbook;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;

/**
 * What every reference algorithm's descriptor states alike: its names, assumptions, mutants, winner
 * and textbook as fixed values, and node creation behind the mutant and membership checks; each
 * descriptor adds its own nodes and time bounds.
 */
public abstract class Descriptor implements Algorithm {

    private final String name;
    private final String tlaModule;
    private final Assumptions assumptions;
    private final List<Mutant> mutants;
    private final String electionMessageType;
    private final Winner winner;
    private final Textbook textbook;

    /** Who Validity demands as leader among the live nodes. */
    protected enum Winner {
        /** The highest live id. */
        HIGHEST_LIVE,
        /** Any live node: the algorithm does not say which. */
        ANY_LIVE
    }

    /** {@code electionMessageType} may be null when no message type counts as an election message. */
    protected Descriptor(String name, String tlaModule, Assumptions assumptions, List<Mutant> mutants,
            String electionMessageType, Winner winner, Textbook textbook) {
        this.name = name;
        this.tlaModule = tlaModule;
        this.assumptions = assumptions;
        this.mutants = mutants;
        this.electionMessageType = electionMessageType;
        this.winner = winner;
        this.textbook = textbook;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String tlaModule() {
        return tlaModule;
    }

    @Override
    public final Assumptions assumptions() {
        return assumptions;
    }

    @Override
    public final List<Mutant> mutants() {
        return mutants;
    }

    @Override
    public final String electionMessageType() {
        return electionMessageType;
    }

    @Override
    public final Node create(int self, Cluster cluster, String mutant) {
        requireMutant(mutant);
        cluster.position(self); // fails fast on a non-member
        return node(self, cluster, mutant);
    }

    /** Makes node {@code self} once {@code mutant} is known to be valid and {@code self} a member. */
    protected abstract Node node(int self, Cluster cluster, String mutant);

    /** The highest of {@code live} where the highest live id must lead (empty when none is up), else empty. */
    @Override
    public final OptionalInt expectedLeader(Cluster cluster, SortedSet<Integer> live) {
        return winner == Winner.HIGHEST_LIVE && !live.isEmpty() ? OptionalInt.of(live.last()) : OptionalInt.empty();
    }

    @Override
    public final Textbook textbook() {
        return textbook;
    }
}
