package dev.electorate.lin;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * The budgets of the Lincheck tests (this module's, and the harness's through this module's test
 * jar), and the assertion that a broken twin is rejected.
 * Lincheck's default budget takes minutes on two cores, so every test states its own.
 */
public final class LincheckBudgets {
    private LincheckBudgets() {
    }

    /** Every interleaving of small scenarios, up to the budget: 2 threads, 2 operations each. */
    public static ModelCheckingOptions modelChecking() {
        return new ModelCheckingOptions().iterations(20).invocationsPerIteration(100)
                .threads(2).actorsPerThread(2).actorsBefore(1).actorsAfter(1);
    }

    /** Real threads racing on small scenarios, many times each. */
    public static StressOptions stress() {
        return new StressOptions().iterations(20).invocationsPerIteration(500)
                .threads(2).actorsPerThread(2).actorsBefore(1).actorsAfter(1);
    }

    /** Asserts that {@code options} find a non-linearizable execution of {@code test}'s operations. */
    public static void assertRejected(Options<?, ?> options, Class<?> test) {
        // Shrinking the failing scenario helps a reader of a real failure; for a twin it only costs time.
        options.minimizeFailedScenario(false);
        LincheckAssertionError error = assertThrows(LincheckAssertionError.class, () -> options.check(test),
                test.getSimpleName() + " is broken, yet Lincheck passed it");
        // A linearizability failure, not a crash or a hang of the test itself.
        assertTrue(error.getMessage().contains("Invalid execution results"), error.getMessage());
    }
}
