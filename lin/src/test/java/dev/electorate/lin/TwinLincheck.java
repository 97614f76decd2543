package dev.electorate.lin;

import org.junit.jupiter.api.Test;

/**
 * The Lincheck tests of a structure that threads share: model checking and stress both pass the real structure's
 * operations, and both reject a broken twin's, so neither search passes a test that cannot fail. Each test class
 * names the two.
 */
public abstract class TwinLincheck {

    private final Class<?> real;
    private final Class<?> twin;

    /** Tests Lincheck's view of the real structure, {@code real}, and the same operations on a broken {@code twin}. */
    protected TwinLincheck(Class<?> real, Class<?> twin) {
        this.real = real;
        this.twin = twin;
    }

    @Test
    void modelCheckingPassesTheRealOne() {
        LincheckBudgets.modelChecking().check(real);
    }

    @Test
    void stressPassesTheRealOne() {
        LincheckBudgets.stress().check(real);
    }

    @Test
    void modelCheckingRejectsTheTwin() {
        LincheckBudgets.assertRejected(LincheckBudgets.modelChecking(), twin);
    }

    @Test
    void stressRejectsTheTwin() {
        LincheckBudgets.assertRejected(LincheckBudgets.stress(), twin);
    }
}
