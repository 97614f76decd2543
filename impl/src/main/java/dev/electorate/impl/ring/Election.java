package dev.electorate.impl.ring;

import dev.electorate.spec.Message;

/** ELECTION: candidate {@code id}'s bid in election {@code epoch}, passed along the ring. */
public record Election(int epoch, int id) implements Message {}
