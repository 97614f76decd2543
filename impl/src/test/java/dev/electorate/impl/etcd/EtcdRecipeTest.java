package dev.electorate.impl.etcd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.common.FencedWrites;
import dev.electorate.impl.ProbeContext;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The etcd service and a recipe client driven by hand, and the fenced-writes check on traces it must reject. */
class EtcdRecipeTest {

    /** The shared hand-driven context, under this test's short name. */
    static final class Probe extends ProbeContext {
        Probe(int self) {
            super(self);
        }
    }

    private final EtcdRecipeAlgorithm algorithm = new EtcdRecipeAlgorithm();

    private static long lease(int client, long attempt) {
        return Leases.of(client, attempt);
    }

    @Test
    void theHighestIdIsTheServiceAndTheOthersAreClients() {
        Cluster c = new Cluster(List.of(2, 3, 1));
        assertTrue(algorithm.create(3, c, null) instanceof SimulatedEtcd);
        assertTrue(algorithm.create(1, c, null) instanceof EtcdRecipeClient);
        assertThrows(IllegalArgumentException.class, () -> algorithm.create(1, c, "no-such-mutant"));
        assertThrows(IllegalArgumentException.class, () -> algorithm.create(1, Cluster.ofSize(1), null));
    }

    @Test
    void keysOrderByCreateRevisionAndTheFirstOwnerLeadsAsTheServiceSeesIt() {
        Probe ctx = new Probe(3);
        SimulatedEtcd s = new SimulatedEtcd();
        s.start(ctx);
        long a = lease(1, 1);
        long b = lease(2, 1);
        s.receive(ctx, 2, new Messages.LeaseGrant(b));
        s.receive(ctx, 1, new Messages.LeaseGrant(a));
        s.receive(ctx, 2, new Messages.Put(b));
        assertEquals("2:" + new Messages.PutResult(b, 1), ctx.last());
        s.receive(ctx, 1, new Messages.Put(a));
        s.receive(ctx, 1, new Messages.Put(a)); // put-if-absent: the second answers the same revision
        assertEquals("1:" + new Messages.PutResult(a, 2), ctx.last());
        assertEquals(2, s.leader());
        assertEquals(1, s.term());
        assertEquals(Role.FOLLOWER, s.role());
        s.receive(ctx, 1, new Messages.Range(a, 1));
        assertEquals("1:" + new Messages.RangeResult(a, b, 1), ctx.last());
        s.receive(ctx, 2, new Messages.Range(b, 0));
        assertEquals("2:" + new Messages.RangeResult(b, 0, 0), ctx.last());
    }

    @Test
    void expiryDeletesTheKeyTellsItsWatchersAndSpendsTheLeaseId() {
        Probe ctx = new Probe(3);
        SimulatedEtcd s = new SimulatedEtcd();
        s.start(ctx);
        long a = lease(1, 1);
        long b = lease(2, 1);
        s.receive(ctx, 1, new Messages.LeaseGrant(a));
        s.receive(ctx, 2, new Messages.LeaseGrant(b));
        s.receive(ctx, 1, new Messages.Put(a));
        s.receive(ctx, 2, new Messages.Put(b));
        s.receive(ctx, 2, new Messages.Watch(b, a));
        int before = ctx.sent.size();
        assertEquals(before, ctx.sent.size(), "a watch on a live key waits");
        s.timeout(ctx, "lease-" + a);
        assertEquals("Expire", ctx.action);
        assertEquals("2:" + new Messages.Deleted(b, a), ctx.last());
        assertEquals(2, s.leader());
        s.receive(ctx, 1, new Messages.LeaseGrant(a));
        assertEquals("1:" + new Messages.Expired(a), ctx.last(), "a spent lease id is never granted again");
        s.receive(ctx, 1, new Messages.KeepAlive(a, 7));
        assertEquals("1:" + new Messages.Expired(a), ctx.last());
        s.receive(ctx, 2, new Messages.Watch(b, a));
        assertEquals("2:" + new Messages.Deleted(b, a), ctx.last(), "a watch on a key already gone fires at once");
        s.receive(ctx, 2, new Messages.KeepAlive(b, 7));
        assertEquals("2:" + new Messages.KeepAliveOk(b, 7), ctx.last());
    }

    @Test
    void theFenceRefusesATokenBelowOneItAcceptedAndSurvivesARestart() {
        Probe ctx = new Probe(3);
        SimulatedEtcd s = new SimulatedEtcd();
        s.start(ctx);
        s.receive(ctx, 1, new Messages.FencedWrite(2));
        assertEquals("AcceptWrite", ctx.action);
        s.receive(ctx, 2, new Messages.FencedWrite(1));
        assertEquals("RejectWrite", ctx.action);
        s.receive(ctx, 1, new Messages.FencedWrite(2));
        assertEquals("AcceptWrite", ctx.action, "the same token again is fine");
        SimulatedEtcd back = new SimulatedEtcd();
        back.restart(ctx, ctx.durable);
        back.receive(ctx, 2, new Messages.FencedWrite(1));
        assertEquals("RejectWrite", ctx.action);
    }

    @Test
    void aClientLeadsWhenNoKeyLiesBelowItsOwnAndStepsDownWhenItsTtlRunsOut() {
        Probe ctx = new Probe(1);
        EtcdRecipeClient c = (EtcdRecipeClient) algorithm.create(1, ctx.cluster, null);
        c.start(ctx);
        long a = lease(1, 1);
        assertEquals("3:" + new Messages.LeaseGrant(a), ctx.last());
        assertEquals(1L, ctx.durable, "the attempt is on disk before the grant request leaves");
        c.receive(ctx, 3, new Messages.Granted(a));
        c.receive(ctx, 3, new Messages.PutResult(a, 5));
        assertEquals("3:" + new Messages.Range(a, 4), ctx.last());
        c.receive(ctx, 3, new Messages.RangeResult(a, lease(2, 1), 4));
        assertEquals("3:" + new Messages.Watch(a, lease(2, 1)), ctx.last());
        c.receive(ctx, 3, new Messages.Deleted(a, lease(2, 1)));
        c.receive(ctx, 3, new Messages.RangeResult(a, 0, 0));
        assertEquals("BecomeLeader", ctx.action);
        assertEquals(Role.LEADER, c.role());
        assertEquals(5, c.term());
        assertEquals("3:" + new Messages.FencedWrite(5), ctx.last());
        // A keep-alive sent at tick 40 and answered moves the belief to tick 40 + TTL.
        ctx.now = 50;
        c.receive(ctx, 3, new Messages.KeepAliveOk(a, 40));
        assertEquals(40 + EtcdRecipeClient.TTL - 50, ctx.timers.get(EtcdRecipeClient.LEASE_TIMER));
        c.timeout(ctx, EtcdRecipeClient.LEASE_TIMER);
        assertEquals(Role.CANDIDATE, c.role());
        assertEquals("3:" + new Messages.LeaseGrant(lease(1, 2)), ctx.last());
        c.receive(ctx, 3, new Messages.RangeResult(a, 0, 0)); // an answer for the old campaign
        assertEquals(Role.CANDIDATE, c.role());
    }

    @Test
    void theMutantThatIgnoresItsLeaseTimerKeepsLeading() {
        Probe ctx = new Probe(1);
        EtcdRecipeClient c = (EtcdRecipeClient) algorithm.create(1, ctx.cluster, "ignore-lease-timer");
        c.start(ctx);
        long a = lease(1, 1);
        c.receive(ctx, 3, new Messages.Granted(a));
        c.receive(ctx, 3, new Messages.PutResult(a, 1));
        c.receive(ctx, 3, new Messages.RangeResult(a, 0, 0));
        c.timeout(ctx, EtcdRecipeClient.LEASE_TIMER);
        assertEquals(Role.LEADER, c.role());
        c.receive(ctx, 3, new Messages.Expired(a));
        assertEquals(Role.CANDIDATE, c.role());
    }

    private static Step write(long index, String action, long token) {
        return Step.receive(index, index, 3, action, 1, new Messages.FencedWrite(token), List.of(), Map.of(),
                Role.FOLLOWER, 0, 0);
    }

    private static Trace trace(Step... steps) {
        return new Trace(new TraceHeader("etcd", null, Cluster.ofSize(3), 1, "pause", 0, 0, 0), List.of(steps));
    }

    @Test
    void fencedWritesRejectsAnAcceptedTokenBelowAnEarlierOne() {
        FencedWrites bad = FencedWrites.of(trace(write(0, "AcceptWrite", 2), write(1, "AcceptWrite", 1)));
        assertFalse(bad.fenced());
        assertEquals(1, bad.staleAccept().index());
        FencedWrites good = FencedWrites.of(trace(write(0, "AcceptWrite", 1), write(1, "AcceptWrite", 2),
                write(2, "RejectWrite", 1), write(3, "AcceptWrite", 2)));
        assertTrue(good.fenced());
        assertNull(good.staleAccept());
        assertEquals(3, good.accepted());
        assertEquals(1, good.rejected());
    }
}
