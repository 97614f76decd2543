package dev.electorate.impl.itairodeh;

import dev.electorate.spec.Message;

/**
 * ELECTED: the winner's announcement, sent once round the ring. {@code leader} is the winner's
 * address, carried so that the others can name and reach it; no process decides anything by it.
 */
public record Elected(int leader) implements Message {}
