package dev.electorate.impl.ring;

import dev.electorate.spec.Message;

/** The messages of the ring elections; each is one TLA+ message record of LeLann.tla and ChangRoberts.tla. */
public final class RingMessages {

    private RingMessages() {}

    /** ELECTION: candidate {@code id}'s bid in election {@code epoch}, passed along the ring. */
    public record Election(int epoch, int id) implements Message {}

    /** ELECTED (Chang-Roberts): {@code id} won election {@code epoch}; passed once round the ring. */
    public record Elected(int epoch, int id) implements Message {}

    /** ALIVE: leader {@code id} of {@code epoch} is still there; the token goes round the ring periodically. */
    public record Alive(int epoch, int id) implements Message {}

    /**
     * REJOIN: a restarted node tells every member it is back, so that its live predecessor routes
     * through it again; {@code epoch} is the last epoch it knew.
     */
    public record Rejoin(int epoch) implements Message {}

    /**
     * ACK: the hop acknowledgement of one ring message of epoch {@code of}; {@code epoch} is the
     * receiver's own epoch before it took the message.
     */
    public record Ack(int epoch, int of) implements Message {}

    /** The node whose bid, announcement or token a ring message carries. */
    static int ownerOf(Message m) {
        if (m instanceof Election e) {
            return e.id();
        } else if (m instanceof Elected e) {
            return e.id();
        } else if (m instanceof Alive a) {
            return a.id();
        }
        throw new IllegalArgumentException("not a ring message: " + m);
    }

    /** The epoch a ring message belongs to. */
    static int epochOf(Message m) {
        if (m instanceof Election e) {
            return e.epoch();
        } else if (m instanceof Elected e) {
            return e.epoch();
        } else if (m instanceof Alive a) {
            return a.epoch();
        }
        throw new IllegalArgumentException("not a ring message: " + m);
    }
}
