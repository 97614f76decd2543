package dev.electorate.harness.compare;

import dev.electorate.spec.Algorithm;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * What the textbooks say an algorithm costs: which messages their figures count, and the curves
 * of those counts against n, to be drawn beside the measurements.
 *
 * @param algorithm    command-line name
 * @param countedTypes message types the figures count, or null for every message
 * @param countedWords those types in words, for the page
 * @param curves       the stated curves (worst, average, bound, per round)
 */
public record Theory(String algorithm, Set<String> countedTypes, String countedWords, List<Curve> curves) {

    /**
     * One stated curve.
     *
     * @param name    as the legend shows it, e.g. "Chang-Roberts worst n(n+1)/2"
     * @param formula the formula alone
     * @param value   its value at n
     */
    public record Curve(String name, String formula, IntToDoubleFunction value) {
        public double at(int n) {
            return value.applyAsDouble(n);
        }
    }

    /** The n-th harmonic number 1 + 1/2 + ... + 1/n. */
    public static double harmonic(int n) {
        double h = 0;
        for (int i = n; i >= 1; i--) {
            h += 1.0 / i;
        }
        return h;
    }

    /** ceil(log2 n) for n >= 1. */
    static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    /** The figures for {@code a}; an algorithm the textbooks here do not cover gets its election message type and no curves. */
    public static Theory of(Algorithm a) {
        String base = a.name().split("\\+")[0];
        return switch (base) {
            case "bully" -> new Theory(a.name(), Set.of("Election"), "ELECTION", List.of(
                    new Curve("Bully worst n(n-1)/2", "n(n-1)/2", n -> n * (n - 1) / 2.0),
                    new Curve("Bully best n-1", "n-1", n -> n - 1)));
            case "lelann" -> new Theory(a.name(), Set.of("Election"), "ELECTION", List.of(
                    new Curve("Le Lann n\u00b2", "n\u00b2", n -> (double) n * n)));
            case "chang-roberts" -> new Theory(a.name(), Set.of("Election"), "ELECTION", List.of(
                    new Curve("Chang-Roberts worst n(n+1)/2", "n(n+1)/2", n -> n * (n + 1) / 2.0),
                    new Curve("Chang-Roberts average n\u00b7H\u2099", "n\u00b7H\u2099 \u2248 n ln n", n -> n * harmonic(n))));
            case "hirschberg-sinclair" -> new Theory(a.name(), Set.of("Probe", "Reply"), "PROBE and REPLY", List.of(
                    new Curve("Hirschberg-Sinclair bound 8n(1+\u2308log\u2082 n\u2309)", "8n(1+\u2308log\u2082 n\u2309)",
                            n -> 8.0 * n * (1 + ceilLog2(n)))));
            case "raft" -> new Theory(a.name(), Set.of("RequestVote"), "REQUESTVOTE", List.of(
                    new Curve("Raft n-1 per candidate per round", "n-1", n -> n - 1)));
            case "paxos" -> new Theory(a.name(), Set.of("Prepare"), "PREPARE", List.of(
                    new Curve("Paxos n-1 per proposer per ballot", "n-1", n -> n - 1)));
            case "lamport" -> new Theory(a.name(), Set.of("Election"), "ELECTION", List.of(
                    new Curve("Lamport n(n-1): every node a candidate, n-1 each", "n(n-1)", n -> (double) n * (n - 1))));
            case "zookeeper" -> new Theory(a.name(), Set.of("Create"), "CREATE", List.of(
                    new Curve("ZooKeeper recipe n-1: one node per client (the service is one of the n)", "n-1",
                            n -> n - 1)));
            // Randomized: the count depends on the draws of every round; no closed form is drawn.
            case "itai-rodeh" -> new Theory(a.name(), Set.of("Election"), "ELECTION", List.of());
            default -> new Theory(a.name(), a.electionMessageType() == null ? null : Set.of(a.electionMessageType()),
                    a.electionMessageType() == null ? "every message" : a.electionMessageType(), List.of());
        };
    }
}
