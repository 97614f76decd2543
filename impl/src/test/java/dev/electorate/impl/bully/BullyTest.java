package dev.electorate.impl.bully;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Timing;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;

class BullyTest {

    static final long BOUND = new BullyAlgorithm().terminationBound(Cluster.ofSize(5));
    static final IntBinaryOperator ONE_TICK = (from, to) -> 1;
    static final IntBinaryOperator SLOWEST = (from, to) -> (int) Timing.MAX_DELAY;
    /** Fixed but unequal link delays in [1, MAX_DELAY], so arrivals interleave. */
    static final IntBinaryOperator SKEWED = (from, to) -> 1 + (from * 7 + to * 3) % (int) Timing.MAX_DELAY;

    @Test
    void withoutFaultsTheHighestIdLeadsAfterOneElectionPerLowerNode() {
        BullyDriver run = new BullyDriver(5, null, ONE_TICK);
        run.runUntil(Bully.ANNOUNCE_DELAY + 1);
        assertEquals(5, run.settledLeader());
        // Every node starts an election: ELECTION from each node to each higher one, one ANSWER
        // for each, the announcement to the 4 lower nodes and, since 5 is announcing when their
        // ELECTIONs arrive, a repeated COORDINATOR to each of them.
        assertEquals(10, run.sent("Election"));
        assertEquals(10, run.sent("Answer"));
        assertEquals(8, run.sent("Coordinator"));
        assertEquals(-1, run.firstOverlap());
    }

    @Test
    void theLeaderStaysWithoutFaults() {
        BullyDriver run = new BullyDriver(4, null, SKEWED);
        run.runUntil(BOUND);
        assertEquals(4, run.settledLeader());
        int elections = run.sent("Election");
        run.runUntil(BOUND + 1000);
        assertEquals(4, run.settledLeader());
        assertEquals(elections, run.sent("Election"), "heartbeats keep the followers from electing again");
    }

    /** Five nodes whose leader, 5, crashes at tick 50; 4 is checked to lead within the bound. */
    private static BullyDriver leaderCrashed(String mutant, IntBinaryOperator delays) {
        BullyDriver run = new BullyDriver(5, mutant, delays);
        run.crashAt(50, 5);
        run.runUntil(50 + BOUND);
        assertEquals(4, run.settledLeader());
        return run;
    }

    @Test
    void afterTheLeaderCrashesTheNextHighestIsElectedWithinTheBound() {
        for (IntBinaryOperator delays : List.of(ONE_TICK, SLOWEST, SKEWED)) {
            assertEquals(-1, leaderCrashed(null, delays).firstOverlap());
        }
    }

    @Test
    void aRecoveredHigherIdTakesOverWithoutTwoLeadersAtOnce() {
        for (IntBinaryOperator delays : List.of(ONE_TICK, SLOWEST, SKEWED)) {
            BullyDriver run = leaderCrashed(null, delays);
            run.restartAt(200, 5);
            run.runUntil(200 + BOUND);
            assertEquals(5, run.settledLeader());
            assertEquals(-1, run.firstOverlap(), "two live leaders at once");
        }
    }

    @Test
    void aRestartedLowerNodeLearnsTheLeaderAndDoesNotDisturbIt() {
        BullyDriver run = new BullyDriver(5, null, SKEWED);
        run.crashAt(40, 2);
        run.restartAt(90, 2);
        run.runUntil(90 + BOUND);
        assertEquals(5, run.settledLeader());
        assertEquals(-1, run.firstOverlap());
        assertTrue(run.actions().contains("2:Restart"));
    }

    @Test
    void everyStepRecordsExactlyOneAction() {
        BullyDriver run = new BullyDriver(3, null, SKEWED);
        run.crashAt(30, 3);
        run.restartAt(120, 3);
        run.runUntil(400);
        Set<String> names = new TreeSet<>();
        run.actions().forEach(a -> names.add(a.substring(a.indexOf(':') + 1)));
        assertTrue(names.containsAll(List.of("Start", "ReceiveElection", "ReceiveAnswer", "ReceiveCoordinator",
                "ReceiveHeartbeat", "AnswerTimeout", "HeartbeatTimeout", "BecomeLeader", "SendHeartbeat",
                "Restart", "Crash")), names.toString());
    }

    @Test
    void noAnswerMutantLetsARestartedLowerNodeLeadBesideTheLeader() {
        for (String mutant : new String[] {null, "no-answer"}) {
            BullyDriver run = new BullyDriver(5, mutant, SKEWED);
            run.crashAt(40, 2);
            run.restartAt(90, 2);
            run.runUntil(90 + BOUND);
            if (mutant == null) {
                assertEquals(-1, run.firstOverlap());
            } else {
                assertNotEquals(-1, run.firstOverlap(), "no-answer should give two leaders");
                assertTrue(run.liveLeaders().contains(2));
            }
        }
    }

    @Test
    void assumeAtOnceMutantOverlapsARecoveredHigherIdWithTheOldLeader() {
        BullyDriver run = leaderCrashed("assume-at-once", SLOWEST);
        run.restartAt(200, 5);
        run.runUntil(200 + BOUND);
        assertEquals(200, run.firstOverlap(), "5 leads at once while 4's COORDINATOR is still in flight");
    }

    @Test
    void noHeartbeatTimeoutMutantNeverReplacesACrashedLeader() {
        for (String mutant : new String[] {null, "no-heartbeat-timeout"}) {
            BullyDriver run = new BullyDriver(4, mutant, SKEWED);
            run.crashAt(50, 4);
            run.runUntil(50 + 10 * BOUND);
            assertEquals(mutant == null ? 3 : 0, run.settledLeader(), String.valueOf(mutant));
        }
    }

    @Test
    void descriptorNamesTheHighestLiveIdAndRejectsUnknownMutants() {
        BullyAlgorithm bully = new BullyAlgorithm();
        assertEquals(4, bully.expectedLeader(Cluster.ofSize(5), new TreeSet<>(List.of(1, 2, 4))).getAsInt());
        assertTrue(bully.expectedLeader(Cluster.ofSize(5), new TreeSet<>()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> bully.create(1, Cluster.ofSize(3), "no-such"));
        assertEquals("Election", bully.electionMessageType());
        assertEquals("Bully", bully.tlaModule());
        assertTrue(bully.mutants().size() >= 2);
    }
}
