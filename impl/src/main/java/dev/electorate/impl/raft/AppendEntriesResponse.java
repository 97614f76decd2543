package dev.electorate.impl.raft;

import dev.electorate.spec.Message;

/** The answer to APPENDENTRIES: the follower's term and whether it accepted the sender as leader of that term. */
public record AppendEntriesResponse(long term, boolean success) implements Message {}
