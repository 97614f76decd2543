package dev.electorate.impl.raft;

import dev.electorate.spec.Message;

/** PREVOTE: would the receiver vote for the sender in {@code term}, were it to campaign? Changes no one's term. */
public record PreVote(long term, long lastLogTerm, long lastLogIndex) implements Message {}
