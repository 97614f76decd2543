package dev.electorate.harness.exhaustive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.exhaustive.TimerRule.When;
import dev.electorate.spec.Role;
import org.junit.jupiter.api.Test;

/** The explorer's timer rules are their specs' timeout oracles: what each allows, and what it refuses. */
class TimerRuleTest {

    private static final int[] IDS = {1, 2, 3};
    private static final byte[] UP = {1};
    private static final World.Flight IN_FLIGHT = new World.Flight(1, 2, new byte[] {7});

    private static World world(Role[] roles, int[] leaders, long[] terms, long[] epochs, String[][] timers,
                               World.Flight... flights) {
        return new World(new byte[][] {UP, UP, UP}, new byte[3][], timers, flights, 3, 0, 0, 0, 0, new long[0], roles,
                leaders, terms, epochs);
    }

    private static String[][] timers(String... each) {
        String[][] out = new String[each.length][];
        for (int i = 0; i < each.length; i++) {
            out[i] = each[i].isEmpty() ? new String[0] : each[i].split(",");
        }
        return out;
    }

    @Test
    void raftsElectionTimerIsOnTimeOnlyUnderSync() {
        TimerRule raft = TimerRule.of("raft", ModelBounds.read("MCRaft3Faults", "MCRaft3Faults", 3), IDS);
        String[][] t = timers("election", "election", "election");
        // No leader, nobody campaigning: Sync holds, even with messages in flight.
        World noLeader = world(new Role[] {Role.FOLLOWER, Role.FOLLOWER, Role.FOLLOWER}, new int[] {0, 0, 0},
                new long[] {1, 1, 1}, new long[3], t, IN_FLIGHT);
        assertEquals(When.ON_TIME, raft.when(noLeader, 0, "election", false));
        // A live leader: a follower's timeout beside it is early, however quiet the network.
        World led = world(new Role[] {Role.LEADER, Role.FOLLOWER, Role.FOLLOWER}, new int[] {1, 1, 1},
                new long[] {1, 1, 1}, new long[3], t);
        assertEquals(When.EARLY, raft.when(led, 1, "election", true));
        // Two candidates of term 2: only the lower id is ahead; a follower waits for them.
        World contest = world(new Role[] {Role.FOLLOWER, Role.CANDIDATE, Role.CANDIDATE}, new int[] {0, 0, 0},
                new long[] {1, 2, 2}, new long[3], t);
        assertEquals(When.ON_TIME, raft.when(contest, 1, "election", true));
        assertEquals(When.EARLY, raft.when(contest, 2, "election", true));
        assertEquals(When.EARLY, raft.when(contest, 0, "election", true));
        // The heartbeat timer keeps the quiet rule.
        assertEquals(When.ON_TIME, raft.when(led, 0, "heartbeat", true));
        assertEquals(When.EARLY, raft.when(led, 0, "heartbeat", false));
    }

    @Test
    void theRingsLeaderTimerFollowsLeaderSuspected() {
        TimerRule ring = TimerRule.of("lelann", ModelBounds.read("MCLeLann3Faults", "MCLeLann3Faults", 3), IDS);
        Role[] led = {Role.LEADER, Role.FOLLOWER, Role.FOLLOWER};
        // Served: a follower of a live leader of its epoch never times out.
        World served = world(led, new int[] {1, 1, 1}, new long[3], new long[] {2, 2, 2}, timers("", "leader", "leader"));
        assertEquals(When.NEVER, ring.when(served, 1, "leader", true));
        // Its leader in another epoch: not served; the ring is quiet and nobody waits for an Ack, so on time.
        World stale = world(led, new int[] {1, 1, 1}, new long[3], new long[] {3, 2, 2}, timers("", "leader", "leader"));
        assertEquals(When.ON_TIME, ring.when(stale, 1, "leader", true));
        // A node waiting for an Ack in a quiet network lost its message: not calm, and epoch 2 is not below
        // MaxEpoch 2, so not on time (the acknowledgement timer goes first).
        World waiting = world(led, new int[] {1, 1, 1}, new long[3], new long[] {3, 2, 2},
                timers("ack", "leader", "leader"));
        assertEquals(When.EARLY, ring.when(waiting, 1, "leader", true));
        assertEquals(When.ON_TIME, ring.when(waiting, 0, "ack", true));
        // Messages in flight: on time only below MaxEpoch, the spec's early timeouts.
        Role[] running = {Role.CANDIDATE, Role.CANDIDATE, Role.CANDIDATE};
        World early = world(running, new int[3], new long[3], new long[] {1, 2, 1}, timers("leader", "leader", "leader"),
                IN_FLIGHT);
        assertEquals(When.ON_TIME, ring.when(early, 0, "leader", false));
        assertEquals(When.EARLY, ring.when(early, 1, "leader", false));
    }

    @Test
    void paxossElectionTimerIsOnTimeOnlyForTheNodeAhead() {
        TimerRule paxos = TimerRule.of("paxos", ModelBounds.read("MCPaxos3Faults", "MCPaxos3Faults", 3), IDS);
        String[][] t = timers("election", "election", "election");
        Role[] following = {Role.FOLLOWER, Role.FOLLOWER, Role.FOLLOWER};
        // Rounds 1, 2, 2: node 2 is ahead (higher than 1, equal to 3 with the lower id), whatever is in flight.
        World w = world(following, new int[3], new long[3], new long[] {1, 2, 2}, t, IN_FLIGHT);
        assertEquals(When.ON_TIME, paxos.when(w, 1, "election", false));
        assertEquals(When.EARLY, paxos.when(w, 0, "election", true));
        assertEquals(When.EARLY, paxos.when(w, 2, "election", true));
        // A live leader: nobody is on time.
        World led = world(new Role[] {Role.FOLLOWER, Role.LEADER, Role.FOLLOWER}, new int[] {2, 2, 2}, new long[3],
                new long[] {1, 2, 2}, t);
        assertEquals(When.EARLY, paxos.when(led, 1, "election", true));
    }

    @Test
    void otherAlgorithmsKeepTheQuietRule() {
        TimerRule bully = TimerRule.of("bully", ModelBounds.read("MCBully3", "MCBully3", 3), IDS);
        assertSame(TimerRule.QUIET, bully);
        World any = world(new Role[] {Role.LEADER, Role.FOLLOWER, Role.FOLLOWER}, new int[] {3, 3, 3}, new long[3],
                new long[3], timers("", "heartbeat", ""));
        assertEquals(When.ON_TIME, bully.when(any, 1, "heartbeat", true));
        assertEquals(When.EARLY, bully.when(any, 1, "heartbeat", false));
    }

    @Test
    void zooKeeperExpiresAnOrphanAtAnyMomentAndASessionInUseOnlyAsAPause() {
        TimerRule zk = TimerRule.of("zookeeper", ModelBounds.read("MCZkRecipe3Faults", "MCZkRecipe3Faults", 3), IDS);
        Role[] roles = {Role.LEADER, Role.FOLLOWER, Role.FOLLOWER};
        // Client 1 is in its second session (attempt 2): its first, 1025, is an orphan; 2049 is in use.
        World w = world(roles, new int[] {1, 1, 0}, new long[3], new long[] {2, 1, 0},
                timers("heartbeat,session", "heartbeat,session", "expire:1025,expire:1026,expire:2049"), IN_FLIGHT);
        assertEquals(When.ON_TIME, zk.when(w, 2, "expire:1025", false));
        assertEquals(When.EARLY, zk.when(w, 2, "expire:2049", true));
        assertEquals(When.EARLY, zk.when(w, 2, "expire:1026", true));
        // A crashed client's session is an orphan.
        World down = new World(new byte[][] {null, UP, UP}, new byte[3][], w.timers, w.flights, 3, 1, 0, 0, 0,
                new long[0], roles, new int[] {1, 1, 0}, new long[3], new long[] {2, 1, 0});
        assertEquals(When.ON_TIME, zk.when(down, 2, "expire:2049", false));
        // The client never gives up by its standing clock; its heartbeat keeps the quiet rule.
        assertEquals(When.NEVER, zk.when(w, 0, "session", true));
        assertEquals(When.ON_TIME, zk.when(w, 0, "heartbeat", true));
        assertEquals(When.EARLY, zk.when(w, 0, "heartbeat", false));
        assertTrue(zk.coversClock());
        // A model that grants give-ups asks for what the standing clock cannot decide.
        assertFalse(TimerRule.of("zookeeper", ModelBounds.read("MCZkRecipe3Free", "MCZkRecipe3Free", 3), IDS)
                .coversClock());
    }

    @Test
    void etcdsLeaseTimerGoesFirstAndCampaignsOnlyWithinMaxAttempts() {
        TimerRule etcd = TimerRule.of("etcd", ModelBounds.read("MCEtcdRecipe3Faults", "MCEtcdRecipe3Faults", 3), IDS);
        Role[] roles = {Role.LEADER, Role.FOLLOWER, Role.FOLLOWER};
        // Client 1 relies on lease 1025 and its TTL timer is pending: the lease expires only as a pause.
        World relying = world(roles, new int[] {1, 1, 0}, new long[3], new long[] {1, 1, 0},
                timers("keepalive,lease", "keepalive,lease", "lease-1025,lease-1026"), IN_FLIGHT);
        assertEquals(When.EARLY, etcd.when(relying, 2, "lease-1025", true));
        // Its TTL timer ran out (it goes first), or it campaigns anew: the lease expires at any moment.
        World timedOut = world(roles, new int[] {1, 1, 0}, new long[3], new long[] {1, 1, 0},
                timers("keepalive", "keepalive,lease", "lease-1025,lease-1026"), IN_FLIGHT);
        assertEquals(When.ON_TIME, etcd.when(timedOut, 2, "lease-1025", false));
        World anew = world(roles, new int[] {1, 1, 0}, new long[3], new long[] {2, 1, 0},
                timers("keepalive,lease", "keepalive,lease", "lease-1025,lease-1026"), IN_FLIGHT);
        assertEquals(When.ON_TIME, etcd.when(anew, 2, "lease-1025", false));
        // The TTL timer runs out at any moment while the client may campaign again (MaxAttempts 2), never after.
        assertEquals(When.ON_TIME, etcd.when(relying, 0, "lease", false));
        assertEquals(When.NEVER, etcd.when(anew, 0, "lease", true));
        assertEquals(When.EARLY, etcd.when(relying, 0, "keepalive", false));
        assertTrue(etcd.coversClock());
    }
}
