package dev.electorate.impl.raft;

import dev.electorate.spec.Message;

/** REQUESTVOTE: the sender campaigns in {@code term} with a log ending at (lastLogTerm, lastLogIndex). */
public record RequestVote(long term, long lastLogTerm, long lastLogIndex) implements Message {}
