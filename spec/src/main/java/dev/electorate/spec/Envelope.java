package dev.electorate.spec;

/** A message on its way from one node to another. */
public record Envelope(int from, int to, Message message) {}
