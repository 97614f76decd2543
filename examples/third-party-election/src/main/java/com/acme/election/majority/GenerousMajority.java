package com.acme.election.majority;

import dev.electorate.spec.Cluster;

/**
 * The bug of {@link SimpleMajority} that votes twice: a node gives a ballot to every candidate of
 * its round, so two rivals standing at once can both gather a majority.
 */
public class GenerousMajority extends SimpleMajority {

    public GenerousMajority(int self, Cluster cluster) {
        super(self, cluster, false);
    }
}
