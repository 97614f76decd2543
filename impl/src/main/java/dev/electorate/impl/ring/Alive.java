package dev.electorate.impl.ring;

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
