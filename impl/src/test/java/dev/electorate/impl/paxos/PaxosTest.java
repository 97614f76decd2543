package dev.electorate.impl.paxos;

import dev.electorate.impl.paxos.Messages.Heartbeat;
import dev.electorate.impl.paxos.Messages.Prepare;
import dev.electorate.impl.paxos.Messages.Promise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.ProbeContext;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One Paxos node driven by hand: ballots, promises, Nacks, preemption and what survives a restart. */
class PaxosTest {

    /** The shared hand-driven context, under this test's short name. */
    static final class Probe extends ProbeContext {
        Probe(int self) {
            super(self);
        }
    }

    private static Paxos node(int id, String mutant, Probe ctx) {
        Paxos p = (Paxos) new PaxosAlgorithm().create(id, ctx.cluster, mutant);
        p.start(ctx);
        return p;
    }

    @Test
    void ballotsOrderByRoundThenIdAndTheTermOrdersLikeThem() {
        Ballot a = new Ballot(1, 5);
        Ballot b = new Ballot(2, 1);
        Ballot c = new Ballot(2, 3);
        assertTrue(a.compareTo(b) < 0 && b.compareTo(c) < 0);
        assertTrue(a.encoded() < b.encoded() && b.encoded() < c.encoded());
        assertEquals(2 * 1024 + 3, c.encoded());
    }

    @Test
    void aMajorityOfPromisesMakesTheProposerLeadItsBallot() {
        Probe ctx = new Probe(2);
        Paxos p = node(2, null, ctx);
        p.timeout(ctx, Paxos.ELECTION_TIMER);
        assertEquals(List.of("1:Prepare[round=1, proposer=2]", "3:Prepare[round=1, proposer=2]"), ctx.sent);
        assertEquals(Role.CANDIDATE, p.role());
        ctx.sent.clear();
        p.receive(ctx, 1, new Promise(1, 2));
        assertEquals("BecomeLeader", ctx.action);
        assertEquals(Role.LEADER, p.role());
        assertEquals(1024 + 2, p.term());
        assertEquals(List.of("1:Heartbeat[round=1, proposer=2, sentAt=0]", "3:Heartbeat[round=1, proposer=2, sentAt=0]"), ctx.sent);
    }

    @Test
    void aHigherBallotPreemptsTheLeaderAndALowerOneIsRefusedWithTheHigher() {
        Probe ctx = new Probe(2);
        Paxos p = node(2, null, ctx);
        p.timeout(ctx, Paxos.ELECTION_TIMER);
        p.receive(ctx, 1, new Promise(1, 2));
        p.receive(ctx, 3, new Prepare(2, 3));
        assertEquals(Role.FOLLOWER, p.role());
        assertEquals(2 * 1024 + 3, p.term());
        ctx.sent.clear();
        p.receive(ctx, 1, new Prepare(1, 1));
        assertEquals(List.of("1:Nack[round=1, proposer=1, promisedRound=2, promisedProposer=3]"), ctx.sent);
        p.timeout(ctx, Paxos.ELECTION_TIMER);
        assertEquals(3L * 1024 + 2, p.term(), "its next ballot outbids every round it saw");
    }

    @Test
    void theLeaderThatIgnoresHigherBallotsKeepsLeading() {
        Probe ctx = new Probe(2);
        Paxos p = node(2, "ignore-higher-ballot", ctx);
        p.timeout(ctx, Paxos.ELECTION_TIMER);
        p.receive(ctx, 1, new Promise(1, 2));
        p.receive(ctx, 3, new Heartbeat(2, 3, 0));
        assertEquals(Role.LEADER, p.role());
        assertEquals(1024 + 2, p.term());
    }

    @Test
    void aRestartKeepsThePromiseAndTheRoundUnlessTheRoundIsForgotten() {
        for (String mutant : new String[] {null, "forget-round"}) {
            Probe ctx = new Probe(2);
            Paxos p = node(2, mutant, ctx);
            p.timeout(ctx, Paxos.ELECTION_TIMER);
            p.receive(ctx, 1, new Promise(1, 2));
            Paxos back = (Paxos) new PaxosAlgorithm().create(2, ctx.cluster, mutant);
            back.restart(ctx, ctx.durable);
            assertEquals(List.of(1L, 2L), ctx.vars.get("promised"));
            back.timeout(ctx, Paxos.ELECTION_TIMER);
            // The unmutated proposer moves on to round 2; the mutant prepares its old ballot again.
            assertEquals(mutant == null ? 2L * 1024 + 2 : 1024 + 2, back.term(), String.valueOf(mutant));
        }
    }

    @Test
    void idsMustFitTheEncodingAndMutantsMustExist() {
        PaxosAlgorithm paxos = new PaxosAlgorithm();
        assertThrows(IllegalArgumentException.class, () -> paxos.create(1024, new Cluster(List.of(1, 1024)), null));
        assertThrows(IllegalArgumentException.class, () -> paxos.create(1, Cluster.ofSize(3), "promise-any"));
    }
}
