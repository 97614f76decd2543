package dev.electorate.impl.common;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;

/**
 * What every reference algorithm's descriptor states alike: its names, assumptions and mutants as
 * fixed values, and node creation behind the mutant and membership checks; each descriptor adds its
 * own nodes, winner and time bounds.
 */
public abstract class Descriptor implements Algorithm {

    private final String name;
    private final String tlaModule;
    private final Assumptions assumptions;
    private final List<Mutant> mutants;
    private final String electionMessageType;

    /** {@code electionMessageType} may be null when no message type counts as an election message. */
    protected Descriptor(String name, String tlaModule, Assumptions assumptions, List<Mutant> mutants,
            String electionMessageType) {
        this.name = name;
        this.tlaModule = tlaModule;
        this.assumptions = assumptions;
        this.mutants = mutants;
        this.electionMessageType = electionMessageType;
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

    /** The winner where the highest live id leads: the last of {@code live}, or empty when none is up. */
    protected static OptionalInt highestLive(SortedSet<Integer> live) {
        return live.isEmpty() ? OptionalInt.empty() : OptionalInt.of(live.last());
    }
}
