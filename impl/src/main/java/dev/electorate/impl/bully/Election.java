package dev.electorate.impl.bully;

import dev.electorate.spec.Message;

/** ELECTION: a candidate asks every higher id whether it is alive; the sender is the candidate. */
public record Election() implements Message {}
