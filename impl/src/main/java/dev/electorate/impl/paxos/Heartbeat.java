package dev.electorate.impl.paxos;

import dev.electorate.spec.Message;

/**
 * HEARTBEAT: {@code proposer} leads ballot (round, proposer); {@code sentAt} is the leader's clock reading
 * at sending, which a lease acknowledgement echoes (0 without the lease option).
 */
public record Heartbeat(long round, int proposer, long sentAt) implements Message {}
