package dev.electorate.spec.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Role;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceBuilder;
import dev.electorate.spec.property.ElectionHistory;
import dev.electorate.history.JsonLinesHistory;
import dev.electorate.history.Op;
import dev.electorate.history.OpType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client history derived from a trace, and its check against the fenced lease: accepted and rejected runs. */
class LeaseLinearizabilityTest {

    private final Algorithm algorithm = TraceBuilder.highestWins();
    private final LeaseLinearizability property = new LeaseLinearizability();

    @Test
    void aCleanElectionIsOneCampaignPerNodeAndOneGrant() {
        Trace trace = new TraceBuilder(3).startAll().electAll(10, 3, 0).build();
        List<Op> ops = ElectionHistory.of(trace).ops();
        assertEquals(3, ops.stream().filter(o -> o.type() == OpType.INVOKE && o.f().equals("acquire")).count());
        Op grant = ops.stream().filter(o -> o.type() == OpType.OK).findFirst().orElseThrow();
        assertEquals(3, grant.process());
        assertEquals(1L, grant.value(), "term-less algorithms number tenures from 1");
        assertTrue(property.check(trace, algorithm).isEmpty());
    }

    @Test
    void aCrashEndsTheTenureAndTheNextLeaderGetsAGreaterToken() {
        Trace trace = new TraceBuilder(3).startAll().electAll(10, 3, 0)
                .crash(20, 3).node(30, 2, Role.LEADER, 2, 0).node(31, 1, Role.FOLLOWER, 2, 0).build();
        String jsonl = JsonLinesHistory.write(ElectionHistory.of(trace).ops());
        assertTrue(jsonl.contains("\"f\":\"release\""), jsonl);
        assertTrue(property.check(trace, algorithm).isEmpty(), jsonl);
    }

    @Test
    void twoLiveTermlessLeadersAtOnceAreRejectedAtTheSecondGrant() {
        Trace bad = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 0)
                .node(6, 3, Role.LEADER, 3, 0)
                .build();
        Optional<Violation> v = property.check(bad, algorithm);
        assertTrue(v.isPresent());
        assertEquals(4, v.get().step(), "the step at which the second leader appears");
        assertTrue(v.get().explanation().contains("node 3's acquire of token 2"), v.get().explanation());
    }

    @Test
    void aGreaterTermFencesTheOldLeaderOff() {
        // Both believe they lead at once, in different terms: legal under fencing.
        Trace ok = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 1)
                .node(9, 3, Role.LEADER, 3, 2)
                .node(12, 2, Role.FOLLOWER, 3, 2)
                .build();
        assertTrue(property.check(ok, algorithm).isEmpty());
    }

    @Test
    void aLeaderOfAnOldTermArrivingLateIsRefusedNotCounted() {
        Trace ok = new TraceBuilder(3).startAll()
                .node(5, 3, Role.LEADER, 3, 5)
                .node(9, 2, Role.LEADER, 2, 4)
                .build();
        List<Op> ops = ElectionHistory.of(ok).ops();
        assertTrue(ops.stream().anyMatch(o -> o.type() == OpType.FAIL && o.process() == 2), ops::toString);
        assertTrue(property.check(ok, algorithm).isEmpty());
    }

    @Test
    void twoLeadersOfOneTermAreRejectedEvenAtDifferentTimes() {
        Trace bad = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 7)
                .crash(6, 2)
                .node(9, 3, Role.LEADER, 3, 7)
                .build();
        Optional<Violation> v = property.check(bad, algorithm);
        assertTrue(v.isPresent());
        assertEquals(5, v.get().step());
        assertTrue(v.get().explanation().contains("acquire of token 7"), v.get().explanation());
    }

    @Test
    void aCampaignCutShortByACrashFails() {
        Trace trace = new TraceBuilder(3).startAll().crash(4, 1).electAll(10, 3, 0).build();
        List<Op> ops = ElectionHistory.of(trace).ops();
        assertTrue(ops.stream().anyMatch(o -> o.type() == OpType.FAIL && o.process() == 1), ops::toString);
        assertTrue(property.check(trace, algorithm).isEmpty());
    }
}
