package com.acme.election.majority;

import dev.electorate.spec.Message;

/** A vote for the candidate it is sent to, in {@code round}. */
public record Ballot(long round) implements Message {}
