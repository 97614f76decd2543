package dev.electorate.spec;

/**
 * A deliberately wrong variant of an algorithm, used to show that a property can fail.
 *
 * @param name        the name on the command line ({@code --mutant NAME})
 * @param description what it gets wrong
 * @param rareBecause null for a mutant that a few hundred random runs kill; otherwise why they rarely
 *                    do (the narrow fault or timing it needs), so suites kill it with a directed schedule
 *                    instead of searching for it at random
 */
public record Mutant(String name, String description, String rareBecause) {

    /** A mutant that random runs kill. */
    public Mutant(String name, String description) {
        this(name, description, null);
    }

    /** Whether random runs rarely kill it, so it needs a directed schedule (see {@link #rareBecause}). */
    public boolean rare() {
        return rareBecause != null;
    }
}
