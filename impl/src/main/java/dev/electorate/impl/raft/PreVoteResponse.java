package dev.electorate.impl.raft;

import dev.electorate.spec.Message;

/** The answer to PREVOTE: the term asked about if granted, else the receiver's own term. */
public record PreVoteResponse(long term, boolean voteGranted) implements Message {}
