package dev.electorate.impl.ring;

import dev.electorate.spec.Message;

/**
 * The messages of the ring elections (Le Lann, Chang-Roberts): the bids and announcements that LeLann.tla and
 * ChangRoberts.tla name, and the hop acknowledgements and leader tokens that only the Java nodes add.
 */
public final class Messages {

    private Messages() {}

    /**
     * ACK: the hop acknowledgement of one ring message, naming it by its {@code epoch} and {@code seq}:
     * an acknowledgement meant for a previous incarnation or an abandoned route pairs with nothing,
     * and one for a later message shows that the earlier ones still waiting were lost.
     */
    public record Ack(int epoch, int seq) implements Message {}

    /** ALIVE: leader {@code id} of {@code epoch} is still there; its token goes round the ring every period. */
    public record Alive(int epoch, int id, int seq) implements RingMessage {

        /** A token not numbered yet: {@link RingNode} numbers every hop when it sends it. */
        public Alive(int epoch, int id) {
            this(epoch, id, 0);
        }

        @Override
        public Alive withSeq(int seq) {
            return new Alive(epoch, id, seq);
        }
    }

    /** ELECTED (Chang-Roberts only): {@code id} won election {@code epoch}; passed once round the ring. */
    public record Elected(int epoch, int id, int seq) implements RingMessage {

        /** An announcement not numbered yet: {@link RingNode} numbers every hop when it sends it. */
        public Elected(int epoch, int id) {
            this(epoch, id, 0);
        }

        @Override
        public Elected withSeq(int seq) {
            return new Elected(epoch, id, seq);
        }
    }

    /** ELECTION: candidate {@code id}'s bid in election {@code epoch}, passed along the ring. */
    public record Election(int epoch, int id, int seq) implements RingMessage {

        /** A bid not numbered yet: {@link RingNode} numbers every hop when it sends it. */
        public Election(int epoch, int id) {
            this(epoch, id, 0);
        }

        @Override
        public Election withSeq(int seq) {
            return new Election(epoch, id, seq);
        }
    }
}
