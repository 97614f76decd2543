package com.acme.election.bully;

import dev.electorate.spec.Message;

/** A node asks every higher one whether it is alive, to take over if none is. */
public record Election() implements Message {}
