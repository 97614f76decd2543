package dev.electorate.impl.lamport;

import java.util.List;

/**
 * A candidacy's stamp: a Lamport clock reading and the candidate's id, ordered by clock, then id,
 * so two nodes never hold equal stamps.
 */
record Stamp(long clock, int id) implements Comparable<Stamp> {

    /** The stamp below every real one: nothing promised yet. */
    static final Stamp NONE = new Stamp(0, 0);

    @Override
    public int compareTo(Stamp other) {
        int byClock = Long.compare(clock, other.clock);
        return byClock != 0 ? byClock : Integer.compare(id, other.id);
    }

    /** The "clock-only" mutant compares clocks alone, so equal clocks tie. */
    int compareClockOnly(Stamp other) {
        return Long.compare(clock, other.clock);
    }

    /** The TLA+ value {@code <<clock, id>>}. */
    List<Long> asTuple() {
        return List.of(clock, (long) id);
    }
}
