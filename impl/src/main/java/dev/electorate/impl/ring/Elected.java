package dev.electorate.impl.ring;

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
