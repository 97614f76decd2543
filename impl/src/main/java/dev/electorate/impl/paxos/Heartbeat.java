package dev.electorate.impl.paxos;

import dev.electorate.spec.Message;

/** HEARTBEAT: {@code proposer} leads ballot (round, proposer). */
public record Heartbeat(long round, int proposer) implements Message {}
