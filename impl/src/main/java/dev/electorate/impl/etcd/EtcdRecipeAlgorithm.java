package dev.electorate.impl.etcd;

import dev.electorate.impl.common.Descriptor;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Textbook;
import dev.electorate.spec.Timing;
import java.util.List;

/**
 * The etcd election recipe (etcd's concurrency Election: lease, put-if-absent under a prefix, lowest
 * create revision leads, wait for the predecessor's deletion) run on a simulated etcd service;
 * specified by EtcdRecipe.tla. The member with the highest id is the service ({@link SimulatedEtcd}),
 * every other member a client ({@link EtcdRecipeClient}). A client's term is its fencing token, the create
 * revision of its key.
 */
public final class EtcdRecipeAlgorithm extends Descriptor {

    private static final long D = Timing.MAX_DELAY;

    /** The lease TTL in ticks: a client paused longer than this loses its lease while it still believes it leads. */
    public static final long TTL = EtcdRecipeClient.TTL;

    /**
     * Safety rests on the service's linearizable order of create revisions and on the client giving up
     * its lease, by its own clock, no later than the service expires it. A paused client reads no
     * clock (pause) and a slow clock reads too little (clock-skew): both let a client believe it leads
     * after the service expired its lease and the next client leads. The service is one node: when it
     * crashes for good (the crash class may pick it) nobody can be elected; it comes back with its
     * state (crash-recover). Lost, duplicated and reordered messages and partitions only delay things:
     * requests are retried and idempotent.
     */
    private static final Assumptions ASSUMPTIONS = Assumptions.surviving(Assumptions.Failures.MAJORITY_RECOVERY)
            .synchronyBound(D)
            .tolerating(FaultClass.LOSS, FaultClass.DUPLICATE, FaultClass.REORDER, FaultClass.PARTITION)
            .because("The etcd recipe's single belief in leadership rests on the client's clock: a client paused"
                    + " longer than the lease TTL (pause) or whose clock runs slow (clock-skew) still believes"
                    + " it leads after its lease expired and the next client leads; only the fenced resource"
                    + " keeps its writes out. The service is a single node: crashed for good (the crash class"
                    + " may pick it), nobody is elected.");

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("skip-wait",
                    "a client leads as soon as its key is created, without checking that no key has a lower"
                            + " create revision: every client leads at once (Uniqueness)"),
            new Mutant("ignore-lease-timer",
                    "a client ignores its own lease timer and steps down only when the service says its lease"
                            + " expired: cut off from the service by a partition or loss, it keeps leading while the"
                            + " next client leads (Uniqueness)"),
            new Mutant("resume-after-expiry",
                    "a client whose lease runs out while it watches its predecessor keeps its campaign: when its watch"
                            + " reconnects and reports the predecessor gone, it leads with its expired key's revision"
                            + " beside the client that campaigned since (Uniqueness)"));

    public EtcdRecipeAlgorithm() {
        // Any client may win.
        super("etcd", "EtcdRecipe", ASSUMPTIONS, MUTANTS, "Put", Winner.ANY_LIVE, Textbook.counting("Put"));
    }

    /** The service is the member with the highest id. */
    public static int service(Cluster cluster) {
        return cluster.maxId();
    }

    @Override
    protected Node node(int self, Cluster cluster, String mutant) {
        if (self >= Leases.ID_LIMIT) {
            throw new IllegalArgumentException("etcd names leases attempt * " + Leases.ID_LIMIT
                    + " + client id, so ids must lie in 1.." + (Leases.ID_LIMIT - 1) + "; got " + self);
        }
        if (cluster.size() < 2) {
            throw new IllegalArgumentException("etcd needs the service and at least one client: 2 nodes or more");
        }
        int service = service(cluster);
        return self == service ? new SimulatedEtcd() : new EtcdRecipeClient(self, service, mutant);
    }

    /**
     * After the last fault heals: within a keep-alive period and a round trip every client's lease is
     * either refreshed or given up; a given-up lease expires a TTL after its last refresh; meanwhile the
     * new campaigns are granted, put and ranged (a retry period and a few round trips); the deletion
     * reaches the next client's watch, which ranges and leads (two round trips); every client hears of
     * the leader at its next keep-alive. Twice that, for chains of expiries and a restarted service
     * renewing its leases.
     */
    @Override
    public long terminationBound(Cluster cluster) {
        return 2 * EtcdRecipeClient.TTL + 2 * EtcdRecipeClient.KEEPALIVE_PERIOD + EtcdRecipeClient.RETRY_PERIOD + 10 * D;
    }

    /**
     * A fault's effect outlasts it by up to a TTL: a lease starved of keep-alives during the fault
     * expires a TTL after its last refresh, and only then does the next client lead and the others hear of it.
     */
    @Override
    public long faultAftermath(Cluster cluster) {
        return EtcdRecipeClient.TTL + 2 * EtcdRecipeClient.KEEPALIVE_PERIOD + EtcdRecipeClient.RETRY_PERIOD + 6 * D;
    }

    /** Uniqueness here is one leader at a time: a term is a fencing token, which ends no older tenure. */
    @Override
    public boolean exclusiveLeadership() {
        return true;
    }
}
