package dev.electorate.harness.adapter;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;

/**
 * An election brought from outside (a class on a user's classpath, a program over the node
 * protocol) as an {@link Algorithm}: its nodes come from a factory, and what it must achieve from
 * a profile, either the user's {@link Declaration} or a reference algorithm it stands in for.
 */
public final class AdaptedAlgorithm implements Algorithm {

    /** Makes node {@code self} of a run's cluster. */
    @FunctionalInterface
    public interface NodeFactory {
        Node create(int self, Cluster cluster);
    }

    private final String name;
    private final Algorithm profile;
    private final Declaration declaration;
    private final NodeFactory factory;
    private final Set<String> electionMessages;

    private AdaptedAlgorithm(String name, Algorithm profile, Declaration declaration, NodeFactory factory,
                             Set<String> electionMessages) {
        this.name = name;
        this.profile = profile;
        this.declaration = declaration;
        this.factory = factory;
        this.electionMessages = Set.copyOf(electionMessages);
    }

    /** An election held to what its author declared: assumptions, winner, bounds, crash budget, election messages. */
    public static AdaptedAlgorithm declared(String name, Declaration declaration, NodeFactory factory) {
        return new AdaptedAlgorithm(name, null, declaration, factory, declaration.electionMessages());
    }

    /**
     * An election that claims to behave as {@code reference} does (the reference algorithms run
     * as external processes): held to all it declares, assumptions, winner, bound, aftermath,
     * exclusive leadership and crash budget, and faults aimed at its election messages.
     */
    public static AdaptedAlgorithm mirroring(String name, Algorithm reference, NodeFactory factory) {
        return new AdaptedAlgorithm(name, reference, null, factory, reference.electionMessageTypes());
    }

    /**
     * As {@link #mirroring(String, Algorithm, NodeFactory)}, for a port whose election messages go by
     * other names than the reference's ({@code VoteRequest} for {@code RequestVote}).
     */
    public static AdaptedAlgorithm mirroring(String name, Algorithm reference, NodeFactory factory,
                                             Set<String> electionMessages) {
        return new AdaptedAlgorithm(name, reference, null, factory, electionMessages);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String tlaModule() {
        return null;
    }

    @Override
    public Assumptions assumptions() {
        return profile != null ? profile.assumptions() : declaration.assumptions();
    }

    @Override
    public List<Mutant> mutants() {
        return List.of();
    }

    @Override
    public Node create(int self, Cluster cluster, String mutant) {
        if (mutant != null) {
            throw new IllegalArgumentException(name + " has no mutants; drop --mutant '" + mutant + "'");
        }
        cluster.position(self); // fails fast on a non-member
        return factory.create(self, cluster);
    }

    @Override
    public OptionalInt expectedLeader(Cluster cluster, SortedSet<Integer> live) {
        return profile != null ? profile.expectedLeader(cluster, live) : declaration.expectedLeader(cluster, live);
    }

    @Override
    public long terminationBound(Cluster cluster) {
        return profile != null ? profile.terminationBound(cluster) : declaration.terminationBound();
    }

    @Override
    public long faultAftermath(Cluster cluster) {
        return profile != null ? profile.faultAftermath(cluster) : declaration.faultAftermath();
    }

    @Override
    public boolean exclusiveLeadership() {
        return profile != null ? profile.exclusiveLeadership() : declaration.exclusiveLeadership();
    }

    @Override
    public int crashBudget(Cluster cluster) {
        return profile != null ? profile.crashBudget(cluster) : declaration.crashBudget().of(cluster);
    }

    /** The one election message type when exactly one is named (message-complexity figures count it). */
    @Override
    public String electionMessageType() {
        return electionMessages.size() == 1 ? electionMessages.iterator().next() : null;
    }

    @Override
    public Set<String> electionMessageTypes() {
        return electionMessages;
    }
}
