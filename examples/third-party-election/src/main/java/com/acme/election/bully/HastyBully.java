package com.acme.election.bully;

import dev.electorate.spec.Cluster;

/**
 * The bug of {@link ClassicBully} that leads as soon as it announces itself: a recovered higher
 * node leads while the lower leader it replaces has not heard of it yet, two leaders at once.
 */
public class HastyBully extends ClassicBully {

    public HastyBully(int self, Cluster cluster) {
        super(self, cluster, 0);
    }
}
