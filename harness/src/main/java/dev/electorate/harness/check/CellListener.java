package dev.electorate.harness.check;

import java.util.List;

/**
 * Told after every finished cell of a check, with every cell so far, so that a page or a log can
 * follow the run without the checker knowing it.
 */
@FunctionalInterface
public interface CellListener {

    /** Ignores every cell. */
    CellListener NONE = (plan, cells) -> { };

    /** Called after each cell, and again after its trace validation when the plan asks for one. */
    void cellsSoFar(Checker.Plan plan, List<CellResult> cells);
}
