package dev.electorate.impl.ring;

import dev.electorate.spec.Message;

/**
 * ACK: the hop acknowledgement of one ring message, naming it by its {@code epoch} and {@code seq}:
 * an acknowledgement meant for a previous incarnation or an abandoned route pairs with nothing,
 * and one for a later message shows that the earlier ones still waiting were lost.
 */
public record Ack(int epoch, int seq) implements Message {}
