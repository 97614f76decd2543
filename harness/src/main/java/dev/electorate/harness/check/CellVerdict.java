package dev.electorate.harness.check;

/** The outcome of checking one (algorithm, fault class) cell. */
public enum CellVerdict {
    /** No run violated any property. */
    HOLDS("holds"),
    /** A property failed, but the fault class lies outside the algorithm's assumptions. */
    VIOLATED_EXPECTED("violated-expected"),
    /** A property failed inside the algorithm's assumptions: a bug. */
    VIOLATED_UNEXPECTED("violated-unexpected"),
    /**
     * No run violated a property, but some were stopped by the simulator's step cap before their
     * horizon, so Termination was not decided for them: neither a pass nor a violation.
     */
    INCONCLUSIVE("inconclusive");

    private final String label;

    CellVerdict(String label) {
        this.label = label;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
