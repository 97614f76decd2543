package dev.electorate.impl.paxos;

import dev.electorate.spec.Message;

/** PREPARE (phase 1a): {@code proposer} asks every acceptor to promise ballot (round, proposer). */
public record Prepare(long round, int proposer) implements Message {}
