package dev.electorate.impl.paxos;

import dev.electorate.spec.Message;

/**
 * HEARTBEAT-ACK (lease option): the acceptor stays promised to ballot (round, proposer) and grants it
 * the lease counted from {@code sentAt}, the leader's clock reading when it sent the heartbeat.
 */
public record HeartbeatAck(long round, int proposer, long sentAt) implements Message {}
