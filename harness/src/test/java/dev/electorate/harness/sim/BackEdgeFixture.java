package dev.electorate.harness.sim;

import dev.electorate.harness.check.Checker;

/**
 * A simulator class that reaches up to the checker: only the architecture test imports it, to show that its
 * rules refuse such a back edge.
 */
final class BackEdgeFixture {

    private BackEdgeFixture() {}

    static long seedOfTheFirstRun() {
        return Checker.seedOf(1, 0);
    }
}
