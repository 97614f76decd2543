package dev.electorate.impl.itairodeh;

import dev.electorate.spec.Message;

/** The messages of Itai-Rodeh; their simple names are the message types of ItaiRodeh.tla. */
public final class Messages {

    private Messages() {}

    /**
     * ELECTED: the winner's announcement, sent once round the ring. {@code leader} is the winner's
     * address, carried so that the others can name and reach it; no process decides anything by it.
     */
    public record Elected(int leader) implements Message {}

    /**
     * ELECTION: an active process's random {@code id} of {@code round}, {@code hop} links from the
     * process that drew it, with {@code unique} still true while no other process of that round has
     * shown the same id (Fokkink's message (id, round, hop, bit)).
     */
    public record Election(int id, int round, int hop, boolean unique) implements Message {}
}
