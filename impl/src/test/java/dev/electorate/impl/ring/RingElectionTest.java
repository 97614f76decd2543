package dev.electorate.impl.ring;

import dev.electorate.impl.ring.Messages.Ack;
import dev.electorate.impl.ring.Messages.Alive;
import dev.electorate.impl.ring.Messages.Elected;
import dev.electorate.impl.ring.Messages.Election;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.ClusterDriver;
import dev.electorate.impl.changroberts.ChangRobertsAlgorithm;
import dev.electorate.impl.lelann.LeLannAlgorithm;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import dev.electorate.spec.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntBinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both ring elections under the contract of docs/algorithms.md, driven by hand-placed crashes and restarts. */
class RingElectionTest {

    static final IntBinaryOperator ONE_TICK = (from, to) -> 1;
    static final IntBinaryOperator SLOWEST = (from, to) -> (int) Timing.MAX_DELAY;
    /** Fixed but unequal link delays in [1, MAX_DELAY], so arrivals interleave. */
    static final IntBinaryOperator SKEWED = (from, to) -> 1 + (from * 7 + to * 3) % (int) Timing.MAX_DELAY;
    static final List<IntBinaryOperator> DELAYS = List.of(ONE_TICK, SLOWEST, SKEWED);

    static Stream<Algorithm> algorithms() {
        return Stream.of(new LeLannAlgorithm(), new ChangRobertsAlgorithm());
    }

    static ClusterDriver run(Algorithm a, List<Integer> ring, String mutant, IntBinaryOperator delay) {
        Set<String> names = a.name().equals("lelann")
                ? Set.of("state", "leader", "epoch", "next", "seen") : Set.of("state", "leader", "epoch", "next");
        return new ClusterDriver(a, new Cluster(ring), mutant, delay, names, true);
    }

    static long bound(Algorithm a, int n) {
        return a.terminationBound(Cluster.ofSize(n));
    }

    /** Ids in a mixed order, so neither the best nor the worst case. */
    static final List<Integer> MIXED = List.of(3, 7, 1, 5, 2, 6, 4);

    @ParameterizedTest
    @MethodSource("algorithms")
    void withoutFaultsTheHighestIdLeadsAndStays(Algorithm a) {
        for (IntBinaryOperator delay : DELAYS) {
            ClusterDriver run = run(a, MIXED, null, delay);
            run.runUntil(RingNode.electionTime(7));
            assertEquals(7, run.settledLeader());
            int elections = run.sent("Election");
            run.runUntil(5 * bound(a, 7));
            assertEquals(7, run.settledLeader());
            assertEquals(elections, run.sent("Election"), "ALIVE tokens keep everyone from electing again");
            assertEquals(-1, run.firstOverlap());
            for (int id : MIXED) {
                assertEquals(1, run.vars(id).get("epoch"));
                assertEquals(1, run.durable(id), "the epoch is persisted");
            }
        }
    }

    @Test
    void changRobertsSendsTheTextbookNumberOfElectionMessages() {
        for (int n = 2; n <= 9; n++) {
            List<Integer> up = new ArrayList<>();
            List<Integer> down = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                up.add(i);
                down.add(n + 1 - i);
            }
            for (IntBinaryOperator delay : DELAYS) {
                ClusterDriver worst = run(new ChangRobertsAlgorithm(), down, null, delay);
                worst.runUntil(RingNode.electionTime(n));
                assertEquals(n * (n + 1) / 2, worst.sent("Election"), "decreasing, n=" + n);
                assertEquals(n, worst.sent("Elected"));
                ClusterDriver best = run(new ChangRobertsAlgorithm(), up, null, delay);
                best.runUntil(RingNode.electionTime(n));
                assertEquals(2 * n - 1, best.sent("Election"), "increasing, n=" + n);
                assertEquals(n, best.settledLeader());
            }
        }
    }

    @Test
    void leLannSendsEveryBidAllTheWayRoundAndEveryNodeSeesEveryId() {
        ClusterDriver run = run(new LeLannAlgorithm(), MIXED, null, SKEWED);
        run.runUntil(RingNode.electionTime(7));
        assertEquals(49, run.sent("Election"));
        assertEquals(0, run.sent("Elected"));
        for (int id : MIXED) {
            assertEquals(new TreeSet<>(MIXED), run.vars(id).get("seen"));
            assertEquals(id == 7 ? "Leader" : "Follower", run.vars(id).get("state"));
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void afterTheLeaderCrashesTheNextHighestLeadsInANewEpochWithinTheBound(Algorithm a) {
        for (IntBinaryOperator delay : DELAYS) {
            ClusterDriver run = run(a, MIXED, null, delay);
            run.runUntil(400);
            assertEquals(7, run.settledLeader());
            run.crashAt(401, 7);
            run.runUntil(401 + bound(a, 7));
            assertEquals(6, run.settledLeader());
            assertEquals(-1, run.firstOverlap());
            // 6, the crashed leader's predecessor, routes round it.
            assertEquals(4, run.vars(6).get("next"));
            assertTrue((Integer) run.vars(6).get("epoch") >= 2);
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void aCrashedFollowerIsRoutedRoundWithoutAnElection(Algorithm a) {
        ClusterDriver run = run(a, MIXED, null, SKEWED);
        run.runUntil(400);
        int elections = run.sent("Election");
        run.crashAt(401, 5);
        run.runUntil(401 + bound(a, 7));
        assertEquals(7, run.settledLeader());
        assertEquals(elections, run.sent("Election"), "a token late at a crashed follower only reroutes");
        assertEquals(2, run.vars(1).get("next"), "1 skips its crashed successor 5");
        assertTrue(run.actions().contains("1:AckTimeout"));
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void aCrashDuringTheElectionIsRoutedRound(Algorithm a) {
        for (IntBinaryOperator delay : DELAYS) {
            for (int victim : List.of(7, 6, 1)) {
                ClusterDriver run = run(a, MIXED, null, delay);
                run.crashAt(3, victim);
                run.runUntil(3 + bound(a, 7));
                assertEquals(victim == 7 ? 6 : 7, run.settledLeader(), "crash of " + victim);
                assertEquals(-1, run.firstOverlap());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void aRecoveredHigherIdTakesOverWithinTheBound(Algorithm a) {
        for (IntBinaryOperator delay : DELAYS) {
            // The ring elects 6 in epoch 2 while 7 is down; 7 comes back with durable epoch 1 and
            // bids in epoch 2, which the ring has already decided: a newer epoch counts it.
            ClusterDriver run = run(a, MIXED, null, delay);
            run.runUntil(400);
            run.crashAt(401, 7);
            run.runUntil(401 + bound(a, 7));
            assertEquals(6, run.settledLeader());
            long back = run.now() + 1;
            run.restartAt(back, 7);
            run.runUntil(back);
            assertEquals(2, run.vars(7).get("epoch"), "durable epoch 1, plus one");
            run.runUntil(back + bound(a, 7));
            assertEquals(7, run.settledLeader());
            assertEquals(-1, run.firstOverlap());
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void aNodeBackFromFarBehindTakesOver(Algorithm a) {
        // 7 crashes in epoch 1; 6 leads epoch 2; 6 crashes too; 5 leads epoch 3; both come back.
        ClusterDriver run = run(a, MIXED, null, SKEWED);
        run.runUntil(400);
        run.crashAt(401, 7);
        run.runUntil(401 + bound(a, 7));
        long t = run.now() + 1;
        run.crashAt(t, 6);
        run.runUntil(t + bound(a, 7));
        assertEquals(5, run.settledLeader());
        t = run.now() + 1;
        run.restartAt(t, 7);
        run.runUntil(t + bound(a, 7));
        assertEquals(7, run.settledLeader());
        t = run.now() + 1;
        run.restartAt(t, 6);
        run.runUntil(t + bound(a, 7));
        assertEquals(7, run.settledLeader());
        assertEquals(-1, run.firstOverlap());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void theLastNodeStandingLeadsAlone(Algorithm a) {
        ClusterDriver run = run(a, List.of(1, 2, 3), null, SKEWED);
        run.runUntil(200);
        run.crashAt(201, 3);
        run.crashAt(201, 2);
        run.runUntil(201 + bound(a, 3));
        assertEquals(1, run.settledLeader());
        assertEquals(1, run.vars(1).get("next"));
        run.restartAt(run.now() + 1, 3);
        run.runUntil(run.now() + 1 + bound(a, 3));
        assertEquals(3, run.settledLeader());
        assertEquals(-1, run.firstOverlap());
    }

    @Test
    void forwardSmallerElectsSeveralLeaders() {
        ClusterDriver run = run(new ChangRobertsAlgorithm(), MIXED, "forward-smaller", SKEWED);
        run.runUntil(RingNode.electionTime(7));
        assertNotEquals(-1, run.firstOverlap());
    }

    @Test
    void declareOwnIdElectsSeveralLeaders() {
        // Every node leads once its bid is back; their first ALIVEs then depose the lower ones.
        ClusterDriver run = run(new LeLannAlgorithm(), MIXED, "declare-own-id", SKEWED);
        run.runUntil(RingNode.electionTime(7));
        assertNotEquals(-1, run.firstOverlap());
    }

    /** Node 3 of the ring 1, 2, 3 driven by hand: what it sends, and its role after each step. */
    static final class HandDriven implements Context {
        final List<Message> sent = new ArrayList<>();
        final Set<String> timers = new TreeSet<>();
        public int self() { return 3; }
        public Cluster cluster() { return Cluster.ofSize(3); }
        public long now() { return 0; }
        public void send(int to, Message message) { sent.add(message); }
        public void setTimer(String timer, long delay) { timers.add(timer); }
        public void cancelTimer(String timer) { timers.remove(timer); }
        public int random(int bound) { return 0; }
        public void persist(Object durable) { }
        public void record(String action, Map<String, ?> vars) { }
    }

    /**
     * Node 2's bid reaches 3 while 3 is down and is lost; 3 restarts and takes the next hop, the
     * bid of 3 that 2 forwards. Its ACK names that hop, so 2 waits for nothing more: before ACKs
     * named their message, 2 read it as the ACK of the lost bid, kept waiting for the forwarded
     * one, and its ACK timer skipped the live node 3.
     */
    @ParameterizedTest
    @MethodSource("algorithms")
    void anAckForALaterHopShowsTheEarlierOneWasLostNotTheSuccessorDown(Algorithm a) {
        HandDriven ctx = new HandDriven();
        Node node = a.create(2, Cluster.ofSize(3), null);
        node.start(ctx); // its bid, hop 1 to node 3, is lost: 3 is down
        node.receive(ctx, 1, new Election(1, 3)); // 3 restarted; 2 forwards 3's bid as hop 2
        assertEquals(new Election(1, 3, 2), ctx.sent.get(ctx.sent.size() - 1));
        assertTrue(ctx.timers.contains(RingNode.ACK_TIMER));
        node.receive(ctx, 3, new Ack(1, 2));
        assertFalse(ctx.timers.contains(RingNode.ACK_TIMER), "2 still waits for an ACK: " + ctx.timers);
        node.receive(ctx, 3, new Ack(1, 1)); // answers nothing outstanding: ignored
        assertFalse(ctx.timers.contains(RingNode.ACK_TIMER), ctx.timers.toString());
    }

    /** Node 3 of three, whose bid of epoch 1 has come home, so that it has just sent its announcement. */
    private static Node winnerOfEpochOne(Algorithm a, HandDriven ctx) {
        Node node = a.create(3, Cluster.ofSize(3), null);
        node.start(ctx);
        node.receive(ctx, 2, new Election(1, 1));
        node.receive(ctx, 2, new Election(1, 2));
        node.receive(ctx, 2, new Election(1, 3));
        return node;
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void theWinnerTakesOfficeOnlyWhenItsAnnouncementComesHome(Algorithm a) {
        HandDriven ctx = new HandDriven();
        Node node = winnerOfEpochOne(a, ctx);
        Message announcement = ctx.sent.get(ctx.sent.size() - 1);
        assertEquals(a.name().equals("lelann") ? new Alive(1, 3) : new Elected(1, 3),
                ((RingMessage) announcement).withSeq(0));
        assertEquals(Role.CANDIDATE, node.role());
        node.receive(ctx, 2, announcement);
        assertEquals(Role.LEADER, node.role());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void anAnnouncementThatTheRingHasLeftIsNoOffice(Algorithm a) {
        HandDriven ctx = new HandDriven();
        Node node = winnerOfEpochOne(a, ctx);
        Message announcement = ctx.sent.get(ctx.sent.size() - 1);
        node.receive(ctx, 2, new Election(2, 2)); // the ring moved on to epoch 2 meanwhile
        node.receive(ctx, 2, announcement);
        assertEquals(Role.CANDIDATE, node.role());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void aStaleAnnouncementStraightFromItsOwnerStartsANewerEpoch(Algorithm a) {
        HandDriven ctx = new HandDriven();
        Node node = a.create(3, Cluster.ofSize(3), null);
        node.restart(ctx, 4); // epoch 5
        ctx.sent.clear();
        node.receive(ctx, 2, new Alive(3, 1)); // forwarded by 2: dropped
        assertTrue(ctx.sent.stream().noneMatch(m -> m instanceof Election), ctx.sent.toString());
        node.receive(ctx, 2, new Alive(3, 2)); // straight from 2, which leads epoch 3
        assertTrue(ctx.sent.contains(new Election(6, 3, 1)), ctx.sent.toString()); // its first hop of epoch 6
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void withoutSkippingACrashedSuccessorStallsTheRing(Algorithm a) {
        ClusterDriver run = run(a, MIXED, "no-skip", SKEWED);
        run.runUntil(400);
        run.crashAt(401, 7);
        run.runUntil(401 + 3 * bound(a, 7));
        assertEquals(0, run.settledLeader());
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void aMessageOfAnotherTypeIsIgnoredAndNotRecorded(Algorithm a) {
        Node node = a.create(1, Cluster.ofSize(3), null);
        List<String> recorded = new ArrayList<>();
        Context ctx = new Context() {
            public int self() { return 1; }
            public Cluster cluster() { return Cluster.ofSize(3); }
            public long now() { return 0; }
            public void send(int to, Message message) { }
            public void setTimer(String timer, long delay) { }
            public void cancelTimer(String timer) { }
            public int random(int bound) { return 0; }
            public void persist(Object durable) { }
            public void record(String action, Map<String, ?> vars) { recorded.add(action); }
        };
        node.start(ctx);
        node.receive(ctx, 3, new Message() { });
        assertEquals(List.of("Start"), recorded);
    }
}
