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
            new dev.electorate.impl.itairodeh.ItaiRodehAlgorithm(),
            new dev.electorate.impl.hirschbergsinclair.HirschbergSinclairAlgorithm(),
            new dev.electorate.impl.lamport.LamportElectionAlgorithm(),
            new dev.electorate.impl.paxos.PaxosAlgorithm(),
            new dev.electorate.impl.zookeeper.ZooKeeperAlgorithm(),
            new dev.electorate.impl.etcd.EtcdRecipeAlgorithm()
    );

    private Algorithms() {}

    public static List<Algorithm> all() {
        return ALL;
    }

    /**
     * The algorithm with this command-line name, options appended with {@code +}
     * ({@code raft+pre-vote+check-quorum}), or an error listing the accepted names.
     */
    public static Algorithm byName(String name) {
        String[] parts = name.split("\\+");
        Algorithm base = ALL.stream().filter(a -> a.name().equals(parts[0])).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown algorithm '" + parts[0] + "'; accepted: " + names()));
        return base.withOptions(java.util.Arrays.asList(parts).subList(1, parts.length));
    }

    public static String names() {
        return ALL.stream().map(Algorithm::name).collect(Collectors.joining(", "));
    }
}
