package dev.electorate.impl.paxos;

import dev.electorate.spec.Message;

/**
 * NACK: the sender refuses ballot (round, proposer) because it promised the higher ballot
 * (promisedRound, promisedProposer), which the proposer must outbid next time.
 */
public record Nack(long round, int proposer, long promisedRound, int promisedProposer) implements Message {}
