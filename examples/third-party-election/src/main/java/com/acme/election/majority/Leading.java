package com.acme.election.majority;

import dev.electorate.spec.Message;

/** The winner of {@code round} says, every period, that it leads. */
public record Leading(long round) implements Message {}
