package dev.electorate.spec;

import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * What the textbooks say of an algorithm's elections: which messages their counts count, the curves of those counts
 * against n, and the claims a comparison holds against measurements; declared by the algorithm's descriptor.
 *
 * @param countedTypes message types the figures count, or null for every message
 * @param countedWords those types in words, for the page
 * @param family       what the claims that set algorithms against each other take it for
 * @param curves       the stated curves (worst, average, bound, per round), drawn beside the measurements
 * @param claims       the algorithm's own claims, in the order the page lists them
 */
public record Textbook(Set<String> countedTypes, String countedWords, Family family, List<Curve> curves,
                       List<Claim> claims) {

    public Textbook {
        countedTypes = countedTypes == null ? null : Set.copyOf(countedTypes);
        curves = List.copyOf(curves);
        claims = List.copyOf(claims);
    }

    /** Counts of {@code type} alone (or of every message when it is null), with no curve and no claim. */
    public static Textbook counting(String type) {
        return new Textbook(type == null ? null : Set.of(type), type == null ? "every message" : type, Family.OTHER,
                List.of(), List.of());
    }

    /** Counts of {@code types}, named {@code words} on the page, of an algorithm of {@code family}. */
    public static Textbook counting(Set<String> types, String words, Family family) {
        return new Textbook(types, words, family, List.of(), List.of());
    }

    public Textbook withCurves(Curve... more) {
        return new Textbook(countedTypes, countedWords, family, List.of(more), claims);
    }

    public Textbook withClaims(Claim... more) {
        return new Textbook(countedTypes, countedWords, family, curves, List.of(more));
    }

    /** What the claims comparing algorithms take an algorithm for. */
    public enum Family {
        /** A deterministic election on a ring (Le Lann, Chang-Roberts, Hirschberg-Sinclair): the rings that Bully is held against. */
        DETERMINISTIC_RING,
        /** Bully, whose candidates message every higher id directly. */
        BULLY,
        /** Any other: no claim sets it against the others. */
        OTHER
    }

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

    /** A claim of the textbooks that measured elections can support or refute. */
    public sealed interface Claim {
        /** The claim as the page states it. */
        String text();
    }

    /** Every run's count, in every scenario, is at most {@code bound} ({@code formula} in words). */
    public record AtMost(String text, String formula, IntToDoubleFunction bound) implements Claim { }

    /** With no faults every run's count is exactly {@code count} ({@code formula} in words). */
    public record Exactly(String text, String formula, IntToDoubleFunction count) implements Claim { }

    /** With no faults the mean count lies within {@code tolerance} (a fraction) of {@code mean} ({@code formula}). */
    public record AboutAverage(String text, String formula, IntToDoubleFunction mean, double tolerance)
            implements Claim { }

    /**
     * With no faults every run's count stays below another algorithm's worst case {@code worst}; the algorithm's own
     * bound {@code ownBound} ({@code ownFormula}) says from which n the claim holds asymptotically.
     */
    public record Beats(String text, String worstFormula, IntToDoubleFunction worst, String ownFormula,
                        IntToDoubleFunction ownBound) implements Claim { }

    /** Every measured election, in every scenario, elects the highest live id. */
    public record ElectsHighest(String text) implements Claim { }

    /** With no faults an election takes one round (one term). */
    public record OneRound(String text) implements Claim { }

    /** The n-th harmonic number 1 + 1/2 + ... + 1/n. */
    public static double harmonic(int n) {
        double h = 0;
        for (int i = n; i >= 1; i--) {
            h += 1.0 / i;
        }
        return h;
    }

    /** ceil(log2 n) for n >= 1. */
    public static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }
}
