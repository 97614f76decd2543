package dev.electorate.impl.lamport;

import dev.electorate.spec.Message;

/** ELECTION: the sender runs for leader with the stamp (clock, sender). */
public record Election(long clock) implements Message {}
