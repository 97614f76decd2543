package dev.electorate.impl;

import dev.electorate.spec.Algorithm;
import java.util.List;
import java.util.stream.Collectors;

/** The reference algorithms, by command-line name, in the order the matrix lists them. */
public final class Algorithms {

    private static final List<Algorithm> ALL = List.of(
            // each algorithm package adds its descriptor here
            new dev.electorate.impl.bully.BullyAlgorithm(),
            new dev.electorate.impl.lelann.LeLannAlgorithm(),
            new dev.electorate.impl.changroberts.ChangRobertsAlgorithm(),
            new dev.electorate.impl.raft.RaftAlgorithm(),
            new dev.electorate.impl.lamport.LamportElectionAlgorithm()
    );

    private Algorithms() {}

    public static List<Algorithm> all() {
        return ALL;
    }

    /** The algorithm with this command-line name, or an error listing the accepted names. */
    public static Algorithm byName(String name) {
        return ALL.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown algorithm '" + name + "'; accepted: " + names()));
    }

    public static String names() {
        return ALL.stream().map(Algorithm::name).collect(Collectors.joining(", "));
    }
}
