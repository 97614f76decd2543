package dev.electorate.spec;

/**
 * A deliberately wrong variant of an algorithm, used to show that a property can fail.
 *
 * @param name        the name on the command line ({@code --mutant NAME})
 * @param description what it gets wrong
 * @param rareBecause null for a mutant that a few hundred random runs kill; otherwise why they rarely
 *                    do (the narrow fault or timing it needs), so suites kill it with a directed schedule
 *                    instead of searching for it at random
 * @param beyondRandomSearch whether random search has not killed it within 10,000 runs, so the mutation
 *                    score leaves it out unless asked ({@code mutants --include-rare})
 */
public record Mutant(String name, String description, String rareBecause, boolean beyondRandomSearch) {

    /** A mutant that random runs kill. */
    public Mutant(String name, String description) {
        this(name, description, null, false);
    }

    /** A mutant that random runs kill, but only after hundreds or thousands of them. */
    public Mutant(String name, String description, String rareBecause) {
        this(name, description, rareBecause, false);
    }

    /** A mutant no random search of 10,000 runs killed; {@code killedBy} says what does. */
    public static Mutant beyondRandomSearch(String name, String description, String killedBy) {
        return new Mutant(name, description, killedBy, true);
    }

    /** Whether random runs rarely kill it, so it needs a directed schedule (see {@link #rareBecause}). */
    public boolean rare() {
        return rareBecause != null;
    }
}
