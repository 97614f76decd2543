package dev.electorate.impl.raft;

import dev.electorate.spec.Message;

/** The answer to REQUESTVOTE: the voter's term and whether it granted its vote. */
public record RequestVoteResponse(long term, boolean voteGranted) implements Message {}
