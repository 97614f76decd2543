package com.acme.election.raft;

import dev.electorate.spec.Cluster;

/**
 * The bug of {@link MajorityRaft} without its vote on disk: a node that crashes between two rival
 * vote requests of one term and comes back votes again, so two candidates can win that term.
 */
public class ForgetfulRaft extends MajorityRaft {

    public ForgetfulRaft(int self, Cluster cluster) {
        super(self, cluster, false);
    }
}
