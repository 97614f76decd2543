package dev.electorate.impl.hirschbergsinclair;

import dev.electorate.spec.Message;

/** ELECTED: {@code id} won; the announcement goes once round the ring towards successors. */
public record Elected(int id) implements Message {}
