package com.acme.election.bully;

import dev.electorate.spec.Message;

/** The leader is still alive. */
public record Beat() implements Message {}
