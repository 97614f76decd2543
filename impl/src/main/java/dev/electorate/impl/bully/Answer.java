package dev.electorate.impl.bully;

import dev.electorate.spec.Message;

/** ANSWER: a higher node tells a lower candidate that it is alive and will take over. */
public record Answer() implements Message {}
