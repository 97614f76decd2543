package dev.electorate.impl.raft;

import dev.electorate.spec.Message;

/** APPENDENTRIES with no entries: the leader of {@code term}'s heartbeat (this package elects, it replicates nothing). */
public record AppendEntries(long term) implements Message {}
