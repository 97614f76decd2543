package com.acme.election.raft;

import dev.electorate.spec.Message;

/** The answer to a {@link VoteRequest}: whether the vote of {@code term} is granted. */
public record Vote(long term, boolean granted) implements Message {}
