package dev.electorate.impl.ring;

import dev.electorate.spec.Message;

/**
 * ACK: the hop acknowledgement of one ring message, carrying that message's {@code epoch} so that
 * an acknowledgement meant for a previous incarnation or an abandoned route pairs with nothing.
 */
public record Ack(int epoch) implements Message {}
