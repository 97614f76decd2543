package dev.electorate.impl.paxos;

import dev.electorate.spec.Message;

/** PROMISE (phase 1b): the sender will take part in no ballot below (round, proposer). */
public record Promise(long round, int proposer) implements Message {}
