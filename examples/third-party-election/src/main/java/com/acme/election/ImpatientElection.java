package com.acme.election;

import dev.electorate.spec.Cluster;

/**
 * The deliberate bug: {@link HighestIdElection} with a silence timeout of one heartbeat period,
 * forgetting that a heartbeat may spend up to 10 ticks on the wire. A live leader whose heartbeat
 * is late is presumed crashed, and the next highest node leads beside it.
 */
public final class ImpatientElection extends HighestIdElection {

    public ImpatientElection(int self, Cluster cluster) {
        super(self, cluster, PERIOD);
    }
}
