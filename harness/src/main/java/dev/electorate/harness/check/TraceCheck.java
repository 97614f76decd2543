package dev.electorate.harness.check;

/**
 * How many of a cell's traces TLC accepted as behaviours of the algorithm's TLA+ specification.
 *
 * @param traces         traces validated (the cell's first runs)
 * @param accepted       traces TLC accepted
 * @param seconds        wall-clock time of the validation
 * @param firstRejection the first rejected trace's seed and where it left the spec, or null
 */
public record TraceCheck(int traces, int accepted, double seconds, String firstRejection) {

    /** "200/200 in 41.0 s" for the matrix. */
    public String summary() {
        return accepted + "/" + traces;
    }
}
