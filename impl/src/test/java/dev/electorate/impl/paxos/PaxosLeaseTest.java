package dev.electorate.impl.paxos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Paxos's option lease against skewed clocks: node 1 wins a ballot at real time 0 and is then cut
 * off (it hears nothing that could make it step down, the case a lease is for), and node 2
 * prepares a new ballot every tick until it leads. While every clock keeps within the stated drift
 * bound, no two nodes hold a lease at the same real time; when clocks drift further, node 2 leads
 * under a lease while node 1 still believes its own holds.
 */
class PaxosLeaseTest {

    private static final Cluster CLUSTER = Cluster.ofSize(3);

    /** One message in flight: delivered at once, in sending order. */
    private record Envelope(int from, int to, Message message) {}

    /** A node's context: its clock runs at ratePerMille of the shared real time. */
    private static final class SkewedClock implements Context {
        final int self;
        final long ratePerMille;
        final long[] real;
        final Deque<Envelope> network;

        SkewedClock(int self, long ratePerMille, long[] real, Deque<Envelope> network) {
            this.self = self;
            this.ratePerMille = ratePerMille;
            this.real = real;
            this.network = network;
        }

        @Override public int self() { return self; }
        @Override public Cluster cluster() { return CLUSTER; }
        @Override public long now() { return real[0] * ratePerMille / 1000; }
        @Override public void send(int to, Message m) { network.add(new Envelope(self, to, m)); }
        @Override public void setTimer(String timer, long delay) {}
        @Override public void cancelTimer(String timer) {}
        @Override public int random(int bound) { return 0; }
        @Override public void persist(Object value) {}
        @Override public void record(String action, Map<String, ?> vars) {}
    }

    /**
     * Runs the challenge: node 1's clock at leaderRate, nodes 2 and 3 at acceptorRate (per mille of
     * real time). Returns the most nodes that held a lease at one real tick.
     */
    private static int mostLeaseHoldersAtOnce(long leaderRate, long acceptorRate) {
        long[] real = {0};
        Deque<Envelope> network = new ArrayDeque<>();
        PaxosAlgorithm algorithm = new PaxosAlgorithm().withOptions(List.of("lease"));
        Paxos[] nodes = new Paxos[4];
        SkewedClock[] clocks = new SkewedClock[4];
        for (int id = 1; id <= 3; id++) {
            clocks[id] = new SkewedClock(id, id == 1 ? leaderRate : acceptorRate, real, network);
            nodes[id] = (Paxos) algorithm.create(id, CLUSTER, null);
            nodes[id].start(clocks[id]);
        }
        nodes[1].timeout(clocks[1], Paxos.ELECTION_TIMER);
        deliver(network, nodes, clocks, 0);
        assertTrue(nodes[1].holdsLease(clocks[1].now()), "node 1 leads ballot (1, 1) under a lease");
        int most = 1;
        for (real[0] = 1; real[0] <= 300; real[0]++) {
            if (!nodes[2].holdsLease(clocks[2].now())) {
                nodes[2].timeout(clocks[2], Paxos.ELECTION_TIMER);
            }
            deliver(network, nodes, clocks, 1); // node 1 is cut off
            int holders = 0;
            for (int id = 1; id <= 3; id++) {
                holders += nodes[id].holdsLease(clocks[id].now()) ? 1 : 0;
            }
            most = Math.max(most, holders);

        }
        return most;
    }

    /** Delivers every message, and those they cause, except to or from node {@code cut} (0: none). */
    private static void deliver(Deque<Envelope> network, Paxos[] nodes, SkewedClock[] clocks, int cut) {
        while (!network.isEmpty()) {
            Envelope e = network.poll();
            if (e.from() != cut && e.to() != cut) {
                nodes[e.to()].receive(clocks[e.to()], e.from(), e.message());
            }
        }
    }

    @Test
    void withinTheDriftBoundNoTwoLeasesOverlap() {
        long rho = Paxos.DRIFT_BOUND_PER_MILLE;
        long[] rates = {1000 - rho, 1000 - rho / 2, 1000, 1000 + rho / 2, 1000 + rho};
        for (long leaderRate : rates) {
            for (long acceptorRate : rates) {
                assertEquals(1, mostLeaseHoldersAtOnce(leaderRate, acceptorRate),
                        "leader clock " + leaderRate + ", acceptor clocks " + acceptorRate + " per mille");
            }
        }
    }

    @Test
    void beyondTheDriftBoundASlowLeaderStillHoldsItsLeaseWhenANewLeaderHasOne() {
        long rho = Paxos.DRIFT_BOUND_PER_MILLE;
        assertEquals(2, mostLeaseHoldersAtOnce(1000 - 2 * rho, 1000 + 2 * rho));
        assertEquals(2, mostLeaseHoldersAtOnce(250, 4000)); // the simulator's clock-skew extremes
    }

    @Test
    void aLeaseGrantRefusesAHigherBallotAndPlainPaxosDoesNot() {
        for (boolean lease : new boolean[] {false, true}) {
            long[] real = {0};
            Deque<Envelope> network = new ArrayDeque<>();
            SkewedClock clock = new SkewedClock(3, 1000, real, network);
            Paxos acceptor = new Paxos(3, CLUSTER, null, lease);
            acceptor.start(clock);
            acceptor.receive(clock, 1, new Prepare(1, 1));
            network.clear();
            acceptor.receive(clock, 2, new Prepare(2, 2));
            Message answer = network.poll().message();
            assertEquals(lease ? Nack.class : Promise.class, answer.getClass(), "lease " + lease);
        }
    }

    @Test
    void theLeaderLeaseIsShorterThanTheGrantByTheDriftBound() {
        assertTrue(Paxos.LEADER_LEASE * (1000 + Paxos.DRIFT_BOUND_PER_MILLE)
                <= Paxos.LEASE * (1000 - Paxos.DRIFT_BOUND_PER_MILLE));
        assertTrue(Paxos.LEASE < Paxos.ELECTION_TIMEOUT_MIN, "a grant ends before the follower's timer fires");
        assertFalse(new Paxos(1, CLUSTER, null).holdsLease(0), "plain Paxos holds no lease");
    }

    @Test
    void theOptionIsNamedAfterTheAlgorithmAndUnknownOnesAreRefused() {
        PaxosAlgorithm leased = new PaxosAlgorithm().withOptions(List.of("lease"));
        assertEquals("paxos+lease", leased.name());
        assertEquals(null, leased.tlaModule());
        assertEquals("Paxos", new PaxosAlgorithm().tlaModule());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PaxosAlgorithm().withOptions(List.of("fast")));
        assertTrue(e.getMessage().contains("accepted: lease"), e.getMessage());
    }
}
