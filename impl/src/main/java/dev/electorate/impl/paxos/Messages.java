package dev.electorate.impl.paxos;

import dev.electorate.spec.Message;

/** The messages of Paxos; their simple names are the message types of Paxos.tla (PaxosLease.tla with the lease option). */
public final class Messages {

    private Messages() {}

    /**
     * HEARTBEAT: {@code proposer} leads ballot (round, proposer); {@code sentAt} is the leader's clock reading
     * at sending, which a lease acknowledgement echoes (0 without the lease option).
     */
    public record Heartbeat(long round, int proposer, long sentAt) implements Message {}

    /**
     * HEARTBEAT-ACK (lease option): the acceptor stays promised to ballot (round, proposer) and grants it
     * the lease counted from {@code sentAt}, the leader's clock reading when it sent the heartbeat.
     */
    public record HeartbeatAck(long round, int proposer, long sentAt) implements Message {}

    /**
     * NACK: the sender refuses ballot (round, proposer) because it promised the higher ballot
     * (promisedRound, promisedProposer), which the proposer must outbid next time.
     */
    public record Nack(long round, int proposer, long promisedRound, int promisedProposer) implements Message {}

    /** PREPARE (phase 1a): {@code proposer} asks every acceptor to promise ballot (round, proposer). */
    public record Prepare(long round, int proposer) implements Message {}

    /** PROMISE (phase 1b): the sender will take part in no ballot below (round, proposer). */
    public record Promise(long round, int proposer) implements Message {}
}
