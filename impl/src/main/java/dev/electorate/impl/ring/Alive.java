package dev.electorate.impl.ring;

import dev.electorate.spec.Message;

/** ALIVE: leader {@code id} of {@code epoch} is still there; its token goes round the ring every period. */
public record Alive(int epoch, int id) implements Message {}
