package com.acme.election.raft;

import dev.electorate.spec.Message;

/** A candidate asks for a vote in {@code term}. */
public record VoteRequest(long term) implements Message {}
