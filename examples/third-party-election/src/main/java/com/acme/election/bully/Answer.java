package com.acme.election.bully;

import dev.electorate.spec.Message;

/** A higher node is alive and takes the election over. */
public record Answer() implements Message {}
