package dev.electorate.impl.paxos;

/** What a Paxos node persists before it answers: the ballot its acceptor promised and the highest round its proposer used or saw. */
record Durable(Ballot promised, long round) {}
