package dev.electorate.harness.compare;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Textbook;
import java.util.List;
import java.util.Set;

/**
 * What the textbooks say an algorithm costs, as its descriptor declares it ({@link Algorithm#textbook()}): which
 * messages their figures count, and the curves of those counts against n, to be drawn beside the measurements.
 *
 * @param algorithm    command-line name
 * @param countedTypes message types the figures count, or null for every message
 * @param countedWords those types in words, for the page
 * @param curves       the stated curves (worst, average, bound, per round)
 */
public record Theory(String algorithm, Set<String> countedTypes, String countedWords, List<Textbook.Curve> curves) {

    /** The figures {@code a}'s descriptor states. */
    public static Theory of(Algorithm a) {
        Textbook t = a.textbook();
        return new Theory(a.name(), t.countedTypes(), t.countedWords(), t.curves());
    }
}
