package dev.electorate.impl.raft;

import dev.electorate.impl.DriverContext;
import dev.electorate.impl.DriverQueue;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntBinaryOperator;

/**
 * A small deterministic driver for Raft tests: events ordered by (tick, sequence), a fixed delay
 * per link, election timeouts scripted per node (then spread deterministically), crashes and restarts by hand
 * with the durable state handed back, and a record of which node led which term.
 */
final class RaftDriver {

    private final RaftAlgorithm algorithm = new RaftAlgorithm();
    private final Cluster cluster;
    private final String mutant;
    private final IntBinaryOperator delay;
    private final DriverQueue queue = new DriverQueue();
    private final Map<Integer, Node> nodes = new TreeMap<>();
    private final Map<Integer, Object> durable = new HashMap<>();
    private final Map<Integer, Long> incarnation = new HashMap<>();
    private final Map<Integer, ArrayDeque<Integer>> draws = new HashMap<>();
    private final Map<String, Integer> sentByType = new TreeMap<>();
    /** term -> the first node that led it; a second one is recorded in {@link #doubleLeader}. */
    private final Map<Long, Integer> leaderOfTerm = new HashMap<>();
    private long doubleLeader = -1;
    private long now;
    private long unscripted;

    RaftDriver(int n, String mutant, IntBinaryOperator delay) {
        this.cluster = Cluster.ofSize(n);
        this.mutant = mutant;
        this.delay = delay;
        for (int id : cluster.members()) {
            incarnation.put(id, 0L);
            draws.put(id, new ArrayDeque<>());
        }
    }

    /** Node {@code id}'s next election timeouts will be MIN + each offset (in [0, SPREAD)). */
    RaftDriver timeouts(int id, int... offsets) {
        for (int o : offsets) {
            draws.get(id).add(o);
        }
        return this;
    }

    RaftDriver startAll() {
        for (int id : cluster.members()) {
            Node node = algorithm.create(id, cluster, mutant);
            nodes.put(id, node);
            node.start(new Ctx(id));
        }
        return this;
    }

    void crashAt(long at, int id) {
        queue.fault(at, id, () -> {
            nodes.put(id, null);
            incarnation.merge(id, 1L, Long::sum);
        });
    }

    void restartAt(long at, int id) {
        queue.fault(at, id, () -> {
            Node node = algorithm.create(id, cluster, mutant);
            nodes.put(id, node);
            incarnation.merge(id, 1L, Long::sum);
            node.restart(new Ctx(id), durable.get(id));
        });
    }

    void runUntil(long until) {
        for (DriverQueue.Event e = queue.next(until); e != null; e = queue.next(until)) {
            now = e.time();
            Node node = nodes.get(e.node());
            if (e.fault() != null) {
                e.fault().run();
            } else if (e.timer() != null) {
                if (node != null && queue.fires(e, incarnation.get(e.node()))) {
                    node.timeout(new Ctx(e.node()), e.timer());
                }
            } else if (node != null) {
                node.receive(new Ctx(e.node()), e.from(), e.message());
            }
            nodes.forEach((id, x) -> {
                if (x != null && x.role() == Role.LEADER) {
                    Integer first = leaderOfTerm.putIfAbsent(x.term(), id);
                    if (first != null && first != id && doubleLeader < 0) {
                        doubleLeader = x.term();
                    }
                }
            });
        }
        now = until;
    }

    /** The leader every live node names, if exactly one live node leads; else 0. */
    int settledLeader() {
        int leader = 0;
        for (Node x : nodes.values()) {
            if (x != null && x.role() == Role.LEADER) {
                if (leader != 0) {
                    return 0;
                }
                leader = x.leader();
            }
        }
        for (Node x : nodes.values()) {
            if (x != null && x.leader() != leader) {
                return 0;
            }
        }
        return leader;
    }

    /** The first term two different nodes led, or -1. */
    long doubleLeader() {
        return doubleLeader;
    }

    Map<Long, Integer> leaderOfTerm() {
        return leaderOfTerm;
    }

    int sent(String type) {
        return sentByType.getOrDefault(type, 0);
    }

    Node node(int id) {
        return nodes.get(id);
    }

    /** The context of one reaction, which draws the scripted timeouts and checks Raft's recorded variables. */
    private final class Ctx extends DriverContext {

        Ctx(int self) {
            super(self, cluster, now, incarnation.get(self), queue, delay, sentByType);
        }

        @Override
        public int random(int bound) {
            Integer next = draws.get(self()).poll();
            // Unscripted draws differ between nodes and calls, as random ones would.
            return next != null ? next : (int) Math.floorMod(self() * 37L + (++unscripted) * 53L, (long) bound);
        }

        @Override
        public void persist(Object state) {
            durable.put(self(), state);
        }

        @Override
        protected void recorded(String action, Map<String, ?> vars) {
            if (!vars.keySet().equals(java.util.Set.of("currentTerm", "votedFor", "state", "votesGranted", "leader"))) {
                throw new AssertionError("unexpected vars " + vars);
            }
        }
    }
}
