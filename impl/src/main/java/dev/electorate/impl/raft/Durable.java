package dev.electorate.impl.raft;

/** What a Raft node persists before it answers: its term and the candidate it voted for in it (0 for none). */
record Durable(long currentTerm, int votedFor) {}
