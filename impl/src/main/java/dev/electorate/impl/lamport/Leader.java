package dev.electorate.impl.lamport;

import dev.electorate.spec.Message;

/** LEADER: the sender leads with the stamp (round, sender). */
public record Leader(long round) implements Message {}
