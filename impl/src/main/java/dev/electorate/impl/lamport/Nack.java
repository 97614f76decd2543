package dev.electorate.impl.lamport;

import dev.electorate.spec.Message;

/** NACK: the sender refuses a smaller stamp, having promised or holding the greater stamp (round, holder). */
public record Nack(long round, int holder) implements Message {}
