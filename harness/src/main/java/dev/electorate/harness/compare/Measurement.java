package dev.electorate.harness.compare;

/**
 * One election measured in one run, or why it could not be.
 *
 * @param messages         every message sent from the start (or the crash) until the election settled
 * @param counted          the messages the textbook figures count ({@link Theory#countedTypes()})
 * @param ticks            ticks from the start (or the crash) until every live node named the leader
 * @param rounds           terms the election took (term of the new leader minus the term before); 0 for
 *                         algorithms without terms
 * @param leader           the elected node
 * @param highestLive      the highest id among the live nodes then
 * @param failure          why nothing was measured (no election within the horizon, ...), or null
 */
public record Measurement(long messages, long counted, long ticks, long rounds, int leader, int highestLive,
                          String failure) {

    static Measurement failed(String why) {
        return new Measurement(-1, -1, -1, -1, 0, 0, why);
    }

    /** Whether an election was measured. */
    public boolean ok() {
        return failure == null;
    }
}
