package com.acme.election.bully;

import dev.electorate.spec.Message;

/** The sender, the highest live node, is about to lead. */
public record Coordinator() implements Message {}
