package dev.electorate.impl.bully;

import dev.electorate.spec.Message;

/** COORDINATOR: the sender announces itself as the new leader to the lower ids. */
public record Coordinator() implements Message {}
