package com.acme.election.majority;

import dev.electorate.spec.Message;

/** A node stands for leader in {@code round} and asks for ballots. */
public record Candidacy(long round) implements Message {}
