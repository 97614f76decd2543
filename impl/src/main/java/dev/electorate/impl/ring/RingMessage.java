package dev.electorate.impl.ring;

import dev.electorate.impl.ring.Messages.Alive;
import dev.electorate.impl.ring.Messages.Elected;
import dev.electorate.impl.ring.Messages.Election;
import dev.electorate.spec.Message;

/**
 * A message that goes round the ring hop by hop: {@code id}'s bid, announcement or token of
 * election {@code epoch}, numbered {@code seq} by the hop's sender (its count of ring messages
 * sent in that epoch) so that the {@link Messages.Ack} names the very message it answers.
 */
public sealed interface RingMessage extends Message permits Election, Elected, Alive {

    int epoch();

    int id();

    int seq();

    /** The same message numbered for the next hop. */
    RingMessage withSeq(int seq);
}
