package dev.electorate.impl.ring;

import dev.electorate.spec.Message;

/** ELECTED (Chang-Roberts only): {@code id} won election {@code epoch}; passed once round the ring. */
public record Elected(int epoch, int id) implements Message {}
