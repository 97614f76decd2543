package dev.electorate.impl.itairodeh;

import dev.electorate.impl.itairodeh.Messages.Elected;
import dev.electorate.impl.itairodeh.Messages.Election;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each reaction of one Itai-Rodeh process, against Fokkink's rules, with scripted draws. */
class ItaiRodehTest {

    /** A context that hands out scripted draws and keeps what the process sent and recorded. */
    static final class Script implements Context {
        final Deque<Integer> draws = new ArrayDeque<>();
        final List<Message> sent = new ArrayList<>();
        final List<Integer> to = new ArrayList<>();
        String action;
        Map<String, ?> vars;

        Script draw(int... values) {
            for (int v : values) {
                draws.add(v);
            }
            return this;
        }

        Message last() {
            return sent.get(sent.size() - 1);
        }

        @Override public int self() { return 2; }
        @Override public Cluster cluster() { return RING; }
        @Override public long now() { return 0; }
        @Override public void send(int dest, Message m) { to.add(dest); sent.add(m); }
        @Override public void setTimer(String timer, long delay) { throw new AssertionError("no timers"); }
        @Override public void cancelTimer(String timer) { throw new AssertionError("no timers"); }
        @Override public int random(int bound) {
            int v = draws.removeFirst();
            assertTrue(v >= 0 && v < bound, v + " not below " + bound);
            return v;
        }
        @Override public void persist(Object durable) { throw new AssertionError("nothing durable"); }
        @Override public void record(String a, Map<String, ?> v) { action = a; vars = v; }
    }

    /** Process 2 on the ring 1, 2, 3, 4 (successor 3), drawing from 1..4. */
    static final Cluster RING = Cluster.ofSize(4);

    /** Process 2 started with id {@code id} in round 1. */
    static ItaiRodeh started(Script ctx, int id) {
        ItaiRodeh p = new ItaiRodeh(2, RING, 4, null);
        ctx.draw(id - 1);
        p.start(ctx);
        return p;
    }

    @Test
    void startDrawsAnIdAndSendsItToTheSuccessor() {
        Script ctx = new Script();
        ItaiRodeh p = started(ctx, 3);
        assertEquals(List.of(new Election(3, 1, 1, true)), ctx.sent);
        assertEquals(List.of(3), ctx.to);
        assertEquals("Start", ctx.action);
        assertEquals(Map.of("state", "Active", "id", 3, "round", 1, "leader", 0), ctx.vars);
        assertEquals(Role.CANDIDATE, p.role());
    }

    @Test
    void aTieIsPassedOnWithTheBitCleared() {
        Script ctx = new Script();
        ItaiRodeh p = started(ctx, 3);
        p.receive(ctx, 1, new Election(3, 1, 2, true));
        assertEquals(new Election(3, 1, 3, false), ctx.last());
        assertEquals(Role.CANDIDATE, p.role());
    }

    @Test
    void aLargerIdOrALaterRoundMakesTheProcessPassive() {
        Script ctx = new Script();
        ItaiRodeh p = started(ctx, 3);
        p.receive(ctx, 1, new Election(4, 1, 1, true));
        assertEquals(new Election(4, 1, 2, true), ctx.last());
        assertEquals(Role.FOLLOWER, p.role());

        Script later = new Script();
        ItaiRodeh q = started(later, 4);
        q.receive(later, 1, new Election(1, 2, 1, true));
        assertEquals(new Election(1, 2, 2, true), later.last());
        assertEquals(Role.FOLLOWER, q.role());
    }

    @Test
    void aSmallerIdDies() {
        Script ctx = new Script();
        ItaiRodeh p = started(ctx, 3);
        p.receive(ctx, 1, new Election(2, 1, 1, true));
        assertEquals(1, ctx.sent.size());
        assertEquals("ReceiveElection", ctx.action);
        assertEquals(Role.CANDIDATE, p.role());
    }

    @Test
    void ownMessageHomeWithTheBitSetWinsAndAnnounces() {
        Script ctx = new Script();
        ItaiRodeh p = started(ctx, 3);
        p.receive(ctx, 1, new Election(3, 1, 4, true));
        assertEquals(Role.LEADER, p.role());
        assertEquals(2, p.leader());
        assertEquals(new Elected(2), ctx.last());
        p.receive(ctx, 1, new Elected(2)); // home again: absorbed
        assertEquals(2, ctx.sent.size());
    }

    @Test
    void ownMessageHomeWithTheBitClearedDrawsAgainInTheNextRound() {
        Script ctx = new Script();
        ItaiRodeh p = started(ctx, 3);
        ctx.draw(0);
        p.receive(ctx, 1, new Election(3, 1, 4, false));
        assertEquals(new Election(1, 2, 1, true), ctx.last());
        assertEquals(Map.of("state", "Active", "id", 1, "round", 2, "leader", 0), ctx.vars);
    }

    @Test
    void tieWinsMutantLeadsOnACollision() {
        Script ctx = new Script();
        ItaiRodeh p = new ItaiRodeh(2, RING, 4, "tie-wins");
        ctx.draw(2);
        p.start(ctx);
        p.receive(ctx, 1, new Election(3, 1, 4, false));
        assertEquals(Role.LEADER, p.role());
    }

    @Test
    void aPassiveProcessCountsTheHopAndFollowsTheAnnouncedLeader() {
        Script ctx = new Script();
        ItaiRodeh p = started(ctx, 1);
        p.receive(ctx, 1, new Election(4, 1, 1, true));
        p.receive(ctx, 1, new Election(2, 1, 3, false));
        assertEquals(new Election(2, 1, 4, false), ctx.last());
        p.receive(ctx, 1, new Elected(4));
        assertEquals(new Elected(4), ctx.last());
        assertEquals(4, p.leader());
        assertEquals("ReceiveElected", ctx.action);

        Script forgetful = new Script();
        ItaiRodeh q = new ItaiRodeh(2, RING, 4, "forget-hop-count");
        forgetful.draw(0);
        q.start(forgetful);
        q.receive(forgetful, 1, new Election(4, 1, 1, true));
        assertEquals(new Election(4, 1, 1, true), forgetful.last());
    }
}
