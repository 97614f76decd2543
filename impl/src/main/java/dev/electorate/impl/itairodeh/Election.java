package dev.electorate.impl.itairodeh;

import dev.electorate.spec.Message;

/**
 * ELECTION: an active process's random {@code id} of {@code round}, {@code hop} links from the
 * process that drew it, with {@code unique} still true while no other process of that round has
 * shown the same id (Fokkink's message (id, round, hop, bit)).
 */
public record Election(int id, int round, int hop, boolean unique) implements Message {}
