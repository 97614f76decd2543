package dev.electorate.impl.lamport;

import dev.electorate.spec.Message;

/** OK: the sender promises the candidate stamp (round, receiver); clock is the sender's Lamport time. */
public record Ok(long clock, long round) implements Message {}
