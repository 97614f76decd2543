package dev.electorate.impl.bully;

import dev.electorate.impl.ClusterDriver;
import dev.electorate.spec.Cluster;
import java.util.Set;
import java.util.function.IntBinaryOperator;

/** The cluster driver set up for Bully: nodes 1..n, spec variables state and leader, nothing durable. */
final class BullyDriver extends ClusterDriver {

    /** {@code delay.applyAsInt(from, to)} is the fixed delay of that link, in [1, MAX_DELAY]. */
    BullyDriver(int n, String mutant, IntBinaryOperator delay) {
        super(new BullyAlgorithm(), Cluster.ofSize(n), mutant, delay, Set.of("state", "leader"), false);
    }
}
