package com.acme.election;

import dev.electorate.spec.Message;

/** The heartbeat every node sends every period: "I am up"; the sender is the live node. */
public record Alive() implements Message {}
