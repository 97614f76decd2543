package dev.electorate.impl.lamport;

import dev.electorate.spec.Message;

/** HEARTBEAT: the leader's periodic sign of life; not an event of the Lamport clock. */
public record Heartbeat() implements Message {}
