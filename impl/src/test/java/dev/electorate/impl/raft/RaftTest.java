package dev.electorate.impl.raft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.spec.Cluster;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

class RaftTest {

    static final long MIN = Raft.ELECTION_TIMEOUT_MIN;
    static final long BOUND = new RaftAlgorithm().terminationBound(Cluster.ofSize(5));
    static final IntBinaryOperator ONE_TICK = (from, to) -> 1;
    static final IntBinaryOperator SKEWED = (from, to) -> 1 + (from * 7 + to * 3) % 10;

    @Test
    void theFirstNodeToTimeOutWinsWithOneRequestVoteToEachOtherNode() {
        RaftDriver run = new RaftDriver(5, null, ONE_TICK).timeouts(3, 0).timeouts(1, 50).timeouts(2, 50)
                .timeouts(4, 50).timeouts(5, 50).startAll();
        run.runUntil(MIN + 3);
        assertEquals(3, run.settledLeader());
        assertEquals(1L, run.node(3).term());
        assertEquals(4, run.sent("RequestVote"));
        assertEquals(4, run.sent("RequestVoteResponse"));
    }

    @Test
    void heartbeatsKeepTheLeaderWithoutFaults() {
        RaftDriver run = new RaftDriver(4, null, SKEWED).startAll();
        run.runUntil(BOUND);
        int leader = run.settledLeader();
        assertTrue(leader != 0);
        int votes = run.sent("RequestVote");
        run.runUntil(BOUND + 5000);
        assertEquals(leader, run.settledLeader());
        assertEquals(votes, run.sent("RequestVote"), "no election while heartbeats arrive");
    }

    @Test
    void afterTheLeaderCrashesAnotherIsElectedInALaterTerm() {
        RaftDriver run = new RaftDriver(5, null, SKEWED).startAll();
        run.runUntil(BOUND);
        int first = run.settledLeader();
        long term = run.node(first).term();
        run.crashAt(BOUND + 1, first);
        run.runUntil(2 * BOUND);
        int second = run.settledLeader();
        assertTrue(second != 0 && second != first);
        assertTrue(run.node(second).term() > term);
        assertEquals(-1, run.doubleLeader());
    }

    @Test
    void aRestartedNodeKeepsItsTermAndVote() {
        // Node 1 campaigns first and wins term 1 with node 2's vote; 2 crashes and comes back.
        RaftDriver run = new RaftDriver(3, null, ONE_TICK).timeouts(1, 0).timeouts(2, 90).timeouts(3, 90).startAll();
        run.runUntil(MIN + 5);
        run.crashAt(MIN + 10, 2);
        run.restartAt(MIN + 20, 2);
        run.runUntil(MIN + 40);
        assertEquals(1L, run.node(2).term());
        assertEquals(1, run.settledLeader());
    }

    /**
     * The counterexample the simulator is asked for, with two faults: nodes 1 and 3 campaign in
     * term 1 at once; 2 votes for 1 (who wins), crashes and restarts before 3's RequestVote
     * arrives; the correct node refuses it (its vote is durable), the forget-vote mutant grants it
     * and 3 leads term 1 as well.
     */
    @Test
    void forgetVoteLetsTwoNodesLeadOneTermAfterOneRestart() {
        IntBinaryOperator links = (from, to) -> from == 3 && to == 2 ? 5 : from == 1 && to == 3 ? 10 : 1;
        for (String mutant : new String[] {null, "forget-vote"}) {
            RaftDriver run = new RaftDriver(3, mutant, links).timeouts(1, 0).timeouts(3, 1).timeouts(2, 99).startAll();
            run.crashAt(MIN + 2, 2);
            run.restartAt(MIN + 4, 2);
            run.runUntil(MIN + 30);
            if (mutant == null) {
                assertEquals(-1, run.doubleLeader());
                assertEquals(1, run.leaderOfTerm().get(1L));
            } else {
                assertEquals(1L, run.doubleLeader(), "nodes 1 and 3 both lead term 1");
            }
        }
    }

    @Test
    void grantAnyVoteLetsTwoConcurrentCandidatesWin() {
        IntBinaryOperator links = (from, to) -> from == 1 && to == 3 || from == 3 && to == 1 ? 10 : 1;
        RaftDriver ok = new RaftDriver(3, null, links).timeouts(1, 0).timeouts(3, 1).timeouts(2, 99).startAll();
        ok.runUntil(MIN + 30);
        assertEquals(-1, ok.doubleLeader());
        RaftDriver bad = new RaftDriver(3, "grant-any-vote", links).timeouts(1, 0).timeouts(3, 1).timeouts(2, 99)
                .startAll();
        bad.runUntil(MIN + 30);
        assertEquals(1L, bad.doubleLeader());
    }

    @Test
    void ignoreHigherTermKeepsTheOldLeaderBesideTheNew() {
        RaftDriver ok = new RaftDriver(3, null, ONE_TICK).timeouts(1, 0).startAll();
        ok.runUntil(MIN + 5);
        ok.crashAt(MIN + 6, 1); // 1 leads term 1, then comes back a follower: a fresh leader of term 2 is sole
        ok.restartAt(MIN + 400, 1);
        ok.runUntil(MIN + 1000);
        assertTrue(ok.settledLeader() != 0);
        assertThrows(IllegalArgumentException.class, () -> new RaftAlgorithm().create(1, Cluster.ofSize(3), "nope"));
    }
}
