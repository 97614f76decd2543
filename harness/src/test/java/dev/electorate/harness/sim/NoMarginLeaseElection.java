package dev.electorate.harness.sim;

import dev.electorate.spec.Cluster;

/**
 * {@link LeaseElection} without a clock margin: a grant lasts exactly a lease, which is safe only
 * if every clock keeps real time; a leader whose clock runs slow still leads when its grantors,
 * free again, have granted the next leader.
 */
public class NoMarginLeaseElection extends LeaseElection {

    public NoMarginLeaseElection(int self, Cluster cluster) {
        super(self, cluster);
    }

    @Override
    protected long marginPercent() {
        return 0;
    }
}
