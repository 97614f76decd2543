package dev.electorate.impl.ring;

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
