package dev.electorate.impl.zookeeper;

import dev.electorate.impl.common.Descriptor;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Textbook;
import dev.electorate.spec.Timing;
import java.util.List;
import java.util.Set;

/**
 * The ZooKeeper election recipe on a simulated ZooKeeper-like service, specified by ZkRecipe.tla:
 * the member with the highest id is the {@link SimulatedZooKeeper}, every other member a recipe {@link ZooKeeperRecipeClient}.
 * A client's term is its fencing token, the sequence number of its node under /election (followers
 * report the token of the leader they name), so the harness's Linearizability fences a stale leader
 * off by token.
 */
public final class ZooKeeperAlgorithm extends Descriptor {

    /** Session ids are attempt * ID_LIMIT + client id, so client ids must lie below it. */
    static final int ID_LIMIT = 1024;

    /**
     * The recipe's promise, "one client believes it leads at a time", rests on time: a client gives
     * its session up (SUSPECT) before the service can expire it (SESSION_TIMEOUT). A paused client
     * takes no step, and a client whose clock runs slow gives up late, so under the pause and
     * clock-skew classes two clients may both believe they lead (Uniqueness); fencing still refuses
     * the stale one's writes. The service is a single node: crash-recovery is survived (its state is
     * durable), a crash for good leaves no one to elect (Termination).
     */
    private static final Assumptions ASSUMPTIONS = Assumptions.surviving(Assumptions.Failures.MAJORITY_RECOVERY)
            .synchronyBound(Timing.MAX_DELAY)
            .tolerating(FaultClass.LOSS, FaultClass.DUPLICATE, FaultClass.REORDER, FaultClass.PARTITION)
            .because("The ZooKeeper recipe keeps one believed leader at a time only while clients take steps on time:"
                    + " a client paused past the session timeout, or whose clock runs slow, still believes it leads"
                    + " after the service expired its session and the next client leads (Uniqueness; the fenced"
                    + " resource refuses its stale writes). The service is one node: if it crashes for good no"
                    + " leader is ever elected (Termination).");

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("lead-without-lowest",
                    "a client leads as soon as its node is created, without checking that it is the lowest:"
                            + " every client leads at once (Uniqueness)"),
            new Mutant("no-session-expiry",
                    "the service never expires a session, so the node of a crashed leader stays lowest for good"
                            + " and no live client ever leads again (Termination)"),
            new Mutant("order-by-name",
                    "a client orders the children by name, as text, rather than by sequence number, so once"
                            + " numbers pass a power of ten it watches the wrong predecessor and node 10 leads while"
                            + " node 9's owner does (Uniqueness), or a client waits on a node that is not its"
                            + " predecessor (Termination)"));

    /** Every client sends one CREATE per session: the election message. */
    public ZooKeeperAlgorithm() {
        // Any live client may win: the one whose node was created first among the live sessions.
        super("zookeeper", "ZkRecipe", ASSUMPTIONS, MUTANTS, "Create", Winner.ANY_LIVE, TEXTBOOK);
    }

    /** The recipe promises one believed leader at a time, not one per token. */
    @Override
    public boolean exclusiveLeadership() {
        return true;
    }

    /** The service: the member with the highest id. */
    public static int serviceOf(Cluster cluster) {
        return cluster.maxId();
    }

    @Override
    protected Node node(int self, Cluster cluster, String mutant) {
        if (cluster.size() < 2) {
            throw new IllegalArgumentException("zookeeper needs a service and at least one client: 2 members or more");
        }
        if (cluster.maxId() >= ID_LIMIT) {
            throw new IllegalArgumentException("zookeeper encodes sessions as attempt * " + ID_LIMIT
                    + " + client id, so member ids must lie in 1.." + (ID_LIMIT - 1) + "; got " + cluster.maxId());
        }
        int service = serviceOf(cluster);
        return self == service ? new SimulatedZooKeeper(mutant) : new ZooKeeperRecipeClient(self, service, mutant);
    }

    /**
     * After the last fault heals: a client may still give its session up (SUSPECT after its last
     * acknowledged heartbeat, which may be a heartbeat period plus a round trip old), and a session
     * abandoned or of a crashed client expires within SESSION_TIMEOUT (the service restarts them all
     * afresh); then each client finds its predecessor gone and lists again (a watch and a round trip
     * each, one client after another in the worst case), and every client hears the leader in a
     * heartbeat answer.
     */
    @Override
    public long terminationBound(Cluster cluster) {
        long roundTrip = 2 * Timing.MAX_DELAY;
        long step = ZooKeeperRecipeClient.HEARTBEAT_PERIOD + roundTrip;
        return ZooKeeperRecipeClient.SUSPECT + step + SimulatedZooKeeper.SESSION_TIMEOUT + 3 * step + cluster.size() * (Timing.MAX_DELAY + 2 * roundTrip)
                + 2 * step;
    }

    /** A client may give its session up as late as SUSPECT plus a heartbeat exchange after a fault ends. */
    @Override
    public long faultAftermath(Cluster cluster) {
        return ZooKeeperRecipeClient.SUSPECT + ZooKeeperRecipeClient.HEARTBEAT_PERIOD + 2 * Timing.MAX_DELAY;
    }

    private static final Textbook TEXTBOOK = Textbook.counting(Set.of("Create"), "CREATE", Textbook.Family.OTHER)
            .withCurves(new Textbook.Curve("ZooKeeper recipe n-1: one node per client (the service is one of the n)",
                    "n-1", n -> n - 1));

}
