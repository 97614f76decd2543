package dev.electorate.impl;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntBinaryOperator;

/**
 * A small deterministic driver for the algorithms' unit tests: events ordered by (tick, sequence),
 * a fixed delay per link (so links are FIFO), crashes and restarts by hand (durable state kept),
 * and a check after every event that no two live nodes lead at once. The harness's simulator is
 * the full version of this.
 */
public class ClusterDriver {

    private final Algorithm algorithm;
    private final Cluster cluster;
    private final String mutant;
    private final IntBinaryOperator delay;
    private final Set<String> varNames;
    private final boolean durableAllowed;
    private final DriverQueue queue = new DriverQueue();
    private final Map<Integer, Node> nodes = new TreeMap<>();
    private final Map<Integer, Long> incarnation = new HashMap<>();
    private final Map<Integer, Object> durable = new HashMap<>();
    private final Map<Integer, Map<String, ?>> vars = new HashMap<>();
    private final Map<String, Integer> sentByType = new TreeMap<>();
    private final List<String> actions = new ArrayList<>();
    private long now;
    private long firstOverlap = -1;

    /**
     * Starts every member of {@code cluster} at tick 0; {@code delay.applyAsInt(from, to)} is the
     * fixed delay of that link, in [1, MAX_DELAY]; every record must name exactly {@code varNames};
     * a node that persists anything fails the test unless {@code durableAllowed}.
     */
    public ClusterDriver(Algorithm algorithm, Cluster cluster, String mutant, IntBinaryOperator delay,
                         Set<String> varNames, boolean durableAllowed) {
        this.algorithm = algorithm;
        this.cluster = cluster;
        this.mutant = mutant;
        this.delay = delay;
        this.varNames = varNames;
        this.durableAllowed = durableAllowed;
        for (int id : cluster.members()) {
            Node node = algorithm.create(id, cluster, mutant);
            nodes.put(id, node);
            incarnation.put(id, 0L);
            node.start(new Ctx(id));
            check();
        }
    }

    public void crashAt(long at, int id) {
        queue.fault(at, id, () -> {
            nodes.put(id, null);
            incarnation.merge(id, 1L, Long::sum);
            actions.add(id + ":Crash");
        });
    }

    /** Brings {@code id} back at {@code at} with the last value it persisted. */
    public void restartAt(long at, int id) {
        queue.fault(at, id, () -> {
            Node node = algorithm.create(id, cluster, mutant);
            nodes.put(id, node);
            incarnation.merge(id, 1L, Long::sum);
            node.restart(new Ctx(id), durable.get(id));
        });
    }

    /** Runs every event due at or before {@code until}. */
    public void runUntil(long until) {
        for (DriverQueue.Event e = queue.next(until); e != null; e = queue.next(until)) {
            now = e.time();
            if (e.fault() != null) {
                e.fault().run();
            } else if (e.timer() != null) {
                Node node = nodes.get(e.node());
                if (node != null && queue.fires(e, incarnation.get(e.node()))) {
                    node.timeout(new Ctx(e.node()), e.timer());
                }
            } else {
                Node node = nodes.get(e.node());
                if (node != null) {
                    node.receive(new Ctx(e.node()), e.from(), e.message());
                } // else lost: the receiver is down
            }
            check();
        }
        now = until;
    }

    private void check() {
        if (firstOverlap < 0 && liveLeaders().size() > 1) {
            firstOverlap = now;
        }
    }

    public SortedSet<Integer> liveLeaders() {
        SortedSet<Integer> leaders = new TreeSet<>();
        nodes.forEach((id, node) -> {
            if (node != null && node.role() == Role.LEADER) {
                leaders.add(id);
            }
        });
        return leaders;
    }

    /** The leader every live node names, if one live node leads and all name it; else 0. */
    public int settledLeader() {
        SortedSet<Integer> leaders = liveLeaders();
        if (leaders.size() != 1) {
            return 0;
        }
        int l = leaders.first();
        for (Node node : nodes.values()) {
            if (node != null && node.leader() != l) {
                return 0;
            }
        }
        return l;
    }

    /** The first tick at which two live nodes led at once, or -1. */
    public long firstOverlap() {
        return firstOverlap;
    }

    public int sent(String type) {
        return sentByType.getOrDefault(type, 0);
    }

    /** "node:Action" for every reaction and crash, in order. */
    public List<String> actions() {
        return actions;
    }

    public Node node(int id) {
        return nodes.get(id);
    }

    /** The spec variables node {@code id} recorded last. */
    public Map<String, ?> vars(int id) {
        return vars.get(id);
    }

    /** What node {@code id} last persisted, or null. */
    public Object durable(int id) {
        return durable.get(id);
    }

    public long now() {
        return now;
    }

    /** The context of one reaction, which checks the recorded variables and what the node persists. */
    private final class Ctx extends DriverContext {

        Ctx(int self) {
            super(self, cluster, now, incarnation.get(self), queue, delay, sentByType);
        }

        @Override
        public int random(int bound) {
            throw new AssertionError(algorithm.name() + " draws no random numbers");
        }

        @Override
        public void persist(Object value) {
            if (!durableAllowed) {
                throw new AssertionError(algorithm.name() + " keeps nothing durable");
            }
            durable.put(self(), value);
        }

        @Override
        protected void recorded(String action, Map<String, ?> values) {
            if (!values.keySet().equals(varNames)) {
                throw new AssertionError("unexpected vars " + values);
            }
            vars.put(self(), Map.copyOf(values));
            actions.add(self() + ":" + action);
        }
    }
}
