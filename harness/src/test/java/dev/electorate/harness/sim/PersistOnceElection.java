package dev.electorate.harness.sim;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;

/**
 * {@link VoteElection} with a bug a Java user can write: it hands one mutable object to
 * {@code persist} once and changes it afterwards, believing the changes durable. A disk would
 * have kept only what the object held at that moment, so a restarted node forgets its votes.
 */
public class PersistOnceElection extends VoteElection {

    /** The node's durable state, as one mutable object. */
    public static final class Disk {
        long term;
        int votedFor = Cluster.NONE;
    }

    private Disk disk;

    public PersistOnceElection(int self, Cluster cluster) {
        super(self, cluster);
    }

    @Override
    public void restart(Context ctx, Object durable) {
        if (durable instanceof Disk d) {
            disk = d;
            term = d.term;
            votedFor = d.votedFor;
        }
        super.restart(ctx, null);
    }

    @Override
    protected void save(Context ctx) {
        if (disk == null) {
            disk = new Disk();
            ctx.persist(disk);
        }
        disk.term = term;
        disk.votedFor = votedFor;
    }
}
