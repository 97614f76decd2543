package com.acme.election.raft;

import dev.electorate.spec.Message;

/** The leader of {@code term} is alive; followers reset their election timers. */
public record Heartbeat(long term) implements Message {}
