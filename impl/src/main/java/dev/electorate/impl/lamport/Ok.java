package dev.electorate.impl.lamport;

import dev.electorate.spec.Message;

/** OK: the sender promises the candidate stamp (round, receiver). */
public record Ok(long round) implements Message {}
