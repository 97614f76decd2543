package dev.electorate.spec;

/** A deliberately wrong variant of an algorithm, used to show that a property can fail. */
public record Mutant(String name, String description) {}
