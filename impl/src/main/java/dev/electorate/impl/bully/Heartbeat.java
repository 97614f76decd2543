package dev.electorate.impl.bully;

import dev.electorate.spec.Message;

/** HEARTBEAT: the leader's periodic sign of life, which the followers' failure detector waits for. */
public record Heartbeat() implements Message {}
