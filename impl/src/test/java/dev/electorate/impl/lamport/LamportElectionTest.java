package dev.electorate.impl.lamport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.ClusterDriver;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Role;
import dev.electorate.spec.Timing;
import java.util.List;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

class LamportElectionTest {

    static final LamportElectionAlgorithm ALGORITHM = new LamportElectionAlgorithm();
    static final long BOUND = ALGORITHM.terminationBound(Cluster.ofSize(5));
    static final Set<String> VARS = Set.of("state", "clock", "stamp", "leader", "oks");
    static final IntBinaryOperator ONE_TICK = (from, to) -> 1;
    static final IntBinaryOperator SLOWEST = (from, to) -> (int) Timing.MAX_DELAY;
    /** Fixed but unequal link delays in [1, MAX_DELAY], so arrivals interleave. */
    static final IntBinaryOperator SKEWED = (from, to) -> 1 + (from * 7 + to * 3) % (int) Timing.MAX_DELAY;

    static ClusterDriver run(int n, String mutant, IntBinaryOperator delays) {
        return new ClusterDriver(ALGORITHM, Cluster.ofSize(n), mutant, delays, VARS, true);
    }

    @Test
    void startingTogetherTheHighestIdWinsWithTwoNPlusOneTimesNMinusOneMessages() {
        for (int n = 2; n <= 7; n++) {
            for (IntBinaryOperator delays : List.of(ONE_TICK, SLOWEST, SKEWED)) {
                ClusterDriver run = run(n, null, delays);
                run.runUntil(LamportElection.ANSWER_TIMEOUT + Timing.MAX_DELAY);
                assertEquals(n, run.settledLeader(), "every stamp has clock 1, so the id decides");
                assertEquals(n * (n - 1), run.sent("Election"));
                assertEquals(n * (n - 1), run.sent("Ok") + run.sent("Nack") + run.sent("Leader") - (n - 1),
                        "each Election is answered exactly once; n - 1 Leader are the announcement");
                assertEquals(-1, run.firstOverlap());
            }
        }
    }

    @Test
    void heartbeatsKeepTheLeader() {
        ClusterDriver run = run(4, null, SKEWED);
        run.runUntil(BOUND);
        assertEquals(4, run.settledLeader());
        int elections = run.sent("Election");
        run.runUntil(BOUND + 2000);
        assertEquals(4, run.settledLeader());
        assertEquals(elections, run.sent("Election"));
    }

    @Test
    void afterTheLeaderCrashesAFollowerWinsWithAGreaterStampWithinTheBound() {
        for (IntBinaryOperator delays : List.of(ONE_TICK, SLOWEST, SKEWED)) {
            ClusterDriver run = run(5, null, delays);
            run.crashAt(60, 5);
            run.runUntil(60 + BOUND);
            int leader = run.settledLeader();
            assertTrue(leader >= 1 && leader <= 4, "a live node leads, got " + leader);
            List<?> stamp = (List<?>) run.vars(leader).get("stamp");
            assertTrue(((Number) stamp.get(0)).longValue() > 1, "the new stamp outbids <<1, 5>>: " + stamp);
            assertEquals(-1, run.firstOverlap());
        }
    }

    @Test
    void aRestartedNodeOutbidsTheLeaderWhichStepsDownFirst() {
        ClusterDriver run = run(3, null, SKEWED);
        run.crashAt(60, 1);
        run.restartAt(100, 1);
        run.runUntil(100 + BOUND);
        assertEquals(1, run.settledLeader(), "node 1's durable clock has grown past the stamp <<1, 3>>");
        assertEquals(Role.FOLLOWER, run.node(3).role());
        assertEquals(-1, run.firstOverlap(), "the old leader stepped down before answering OK");
    }

    @Test
    void aLeaderThatKeepsLeadingOnAGreaterStampOverlapsWithTheNewOne() {
        ClusterDriver run = run(3, "keep-leading", SKEWED);
        run.crashAt(60, 1);
        run.restartAt(100, 1);
        run.runUntil(100 + BOUND);
        assertTrue(run.firstOverlap() >= 100, "keep-leading must produce two leaders");
    }

    @Test
    void declaringOnTheFirstOkOverlaps() {
        // Node 2 hears node 1's OK before the greater stamps of 3 and 4 reach it.
        IntBinaryOperator slowToTwo = (from, to) -> to == 2 && from > 2 ? (int) Timing.MAX_DELAY : 1;
        ClusterDriver run = run(4, "declare-early", slowToTwo);
        run.runUntil(BOUND);
        assertEquals(2, run.firstOverlap(), "2 and 4 both declare at tick 2");
        ClusterDriver fixed = run(4, null, slowToTwo);
        fixed.runUntil(BOUND);
        assertEquals(-1, fixed.firstOverlap());
        assertEquals(4, fixed.settledLeader());
    }
}
