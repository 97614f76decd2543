package dev.electorate.spec.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Role;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceBuilder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each property accepts a good hand-made trace and rejects a bad one at the right step. */
class PropertiesTest {

    private final Algorithm algorithm = TraceBuilder.highestWins();

    /** A clean election of node 3 out of 3 at tick 10. */
    private TraceBuilder good() {
        return new TraceBuilder(3).startAll().electAll(10, 3, 0);
    }

    @Test
    void aCleanElectionSatisfiesEveryProperty() {
        assertEquals(java.util.List.of(), Properties.check(good().build(), algorithm));
    }

    @Test
    void uniquenessRejectsTwoLiveLeadersAtOnce() {
        Trace bad = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 0)
                .node(6, 3, Role.LEADER, 3, 0)
                .build();
        Optional<Violation> v = new Uniqueness().check(bad, algorithm);
        assertTrue(v.isPresent());
        assertEquals(4, v.get().step(), "the step at which the second leader appears");
    }

    @Test
    void uniquenessAcceptsANewLeaderAfterTheOldOneCrashed() {
        Trace ok = good().crash(20, 3).node(30, 2, Role.LEADER, 2, 0).node(31, 1, Role.FOLLOWER, 2, 0).build();
        assertTrue(new Uniqueness().check(ok, algorithm).isEmpty());
    }

    @Test
    void uniquenessRejectsTwoLeadersOfOneTermEvenAtDifferentTimes() {
        Trace bad = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 7)
                .crash(6, 2)
                .node(9, 3, Role.LEADER, 3, 7)
                .build();
        Optional<Violation> v = new Uniqueness().check(bad, algorithm);
        assertTrue(v.isPresent());
        assertEquals(5, v.get().step());
    }

    @Test
    void uniquenessAcceptsLeadersOfDifferentTermsAtOnce() {
        Trace ok = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 1)
                .node(9, 3, Role.LEADER, 3, 2)
                .build();
        assertTrue(new Uniqueness().check(ok, algorithm).isEmpty());
    }

    @Test
    void uniquenessOfExclusiveLeadershipRejectsLeadersOfDifferentTermsAtOnce() {
        Algorithm exclusive = oneAtATime(algorithm);
        Trace overlap = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 1)
                .node(9, 3, Role.LEADER, 3, 2)
                .build();
        Optional<Violation> v = new Uniqueness().check(overlap, exclusive);
        assertTrue(v.isPresent());
        assertEquals(4, v.get().step(), "the step at which the second believer appears");
        Trace handover = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 1)
                .node(7, 2, Role.FOLLOWER, 0, 1)
                .node(9, 3, Role.LEADER, 3, 2)
                .build();
        assertTrue(new Uniqueness().check(handover, exclusive).isEmpty());
    }

    @Test
    void agreementRejectsFollowersOfTwoDifferentLeaders() {
        Trace bad = new TraceBuilder(4).startAll()
                .node(5, 2, Role.LEADER, 2, 0)
                .node(5, 1, Role.FOLLOWER, 2, 0)
                .node(6, 4, Role.LEADER, 4, 0)
                .node(6, 3, Role.FOLLOWER, 4, 0)
                .build();
        assertTrue(new Agreement().check(bad, algorithm).isPresent());
        assertTrue(new Agreement().check(good().build(), algorithm).isEmpty());
    }

    @Test
    void validityRejectsALowerIdThanTheAlgorithmDemands() {
        Trace bad = new TraceBuilder(3).startAll().electAll(10, 2, 0).build();
        Optional<Violation> v = new Validity().check(bad, algorithm);
        assertTrue(v.isPresent());
        assertTrue(v.get().explanation().contains("must elect node 3"), v.get().explanation());
        assertTrue(new Validity().check(good().build(), algorithm).isEmpty());
    }

    @Test
    void validityFollowsTheLiveSet() {
        Trace ok = good().crash(20, 3).electAll(30, 2, 0).build();
        // electAll also touches crashed node 3 as a follower; crash it again so it is not live.
        Trace okWithoutThree = good().crash(20, 3).node(30, 2, Role.LEADER, 2, 0).node(30, 1, Role.FOLLOWER, 2, 0).build();
        assertTrue(new Validity().check(okWithoutThree, algorithm).isEmpty());
        assertTrue(new Validity().check(ok, algorithm).isPresent(), "node 3 is live again in electAll, so 2 is wrong");
    }

    @Test
    void terminationRejectsARunThatNeverSettles() {
        Trace bad = new TraceBuilder(3).startAll().node(5, 3, Role.LEADER, 3, 0).build();
        Optional<Violation> v = new Termination().check(bad, algorithm);
        assertTrue(v.isPresent());
        assertTrue(v.get().explanation().contains("no leader known to every live node"), v.get().explanation());
    }

    @Test
    void terminationRejectsALateSettlement() {
        Trace late = new TraceBuilder(3).bound(50).healedAt(10).startAll().electAll(61, 3, 0).build();
        Optional<Violation> v = new Termination().check(late, algorithm);
        assertTrue(v.isPresent());
        assertTrue(v.get().explanation().contains("after the deadline 60"), v.get().explanation());
        Trace inTime = new TraceBuilder(3).bound(50).healedAt(10).startAll().electAll(60, 3, 0).build();
        assertTrue(new Termination().check(inTime, algorithm).isEmpty());
    }

    @Test
    void terminationRejectsARunTooShortToDecide() {
        Trace shortRun = good().bound(100).healedAt(50).horizon(120).build();
        assertTrue(new Termination().check(shortRun, algorithm).isPresent());
    }

    @Test
    void terminationRequiresTheLeaderToStaySettled() {
        Trace unsettled = good().node(40, 1, Role.CANDIDATE, 0, 0).build();
        assertTrue(new Termination().check(unsettled, algorithm).isPresent());
    }

    @Test
    void stabilityRejectsALeaderChangeWithoutAFault() {
        Trace bad = good().node(40, 3, Role.FOLLOWER, 0, 0).build();
        Optional<Violation> v = new Stability().check(bad, algorithm);
        assertTrue(v.isPresent());
        assertEquals(6, v.get().step());
    }

    @Test
    void stabilityAcceptsALeaderChangeAfterAFault() {
        Trace ok = good().networkFault(30, "Partition").node(40, 3, Role.FOLLOWER, 0, 0)
                .node(50, 3, Role.LEADER, 3, 0).build();
        assertTrue(new Stability().check(ok, algorithm).isEmpty());
    }

    @Test
    void stabilityExcusesChangesWhileALastingFaultIsInEffectButNotAfterItEnds() {
        Trace during = good().networkFault(30, "Partition").node(35, 2, Role.FOLLOWER, 3, 0)
                .node(40, 2, Role.CANDIDATE, 0, 0).networkFault(60, "Heal").build();
        assertTrue(new Stability().check(during, algorithm).isEmpty());
        Trace after = good().networkFault(30, "Partition").networkFault(35, "Heal").node(36, 2, Role.FOLLOWER, 3, 0)
                .node(40, 2, Role.CANDIDATE, 0, 0).build();
        assertTrue(new Stability().check(after, algorithm).isPresent());
    }

    /** A leader's announcement, as a test message. */
    record Coordinator(int leader) implements dev.electorate.spec.Message {}

    @Test
    void stabilityExcusesAChangeCausedByAMessageSentBeforeAFaultButNotOneSentAfter() {
        // Node 3 announces itself to node 1, then crashes; node 2 leads and settles; the old announcement
        // arrives and node 1 names the dead node 3: the crash's doing, not a change without a fault.
        Trace acrossACrash = good().send(30, 3, 1, new Coordinator(3), Role.LEADER, 3, 0).crash(31, 3)
                .node(40, 2, Role.LEADER, 2, 0).node(40, 1, Role.FOLLOWER, 2, 0)
                .receive(45, 1, 3, new Coordinator(3), Role.FOLLOWER, 3, 0)
                .node(60, 1, Role.FOLLOWER, 2, 0).build();
        assertTrue(new Stability().check(acrossACrash, algorithm).isEmpty(),
                () -> new Stability().check(acrossACrash, algorithm).toString());
        // The same announcement sent after the crash, once node 2 has settled, is a change without a fault.
        Trace afterIt = good().crash(31, 3).node(40, 2, Role.LEADER, 2, 0).node(40, 1, Role.FOLLOWER, 2, 0)
                .send(42, 2, 1, new Coordinator(3), Role.LEADER, 2, 0)
                .receive(45, 1, 2, new Coordinator(3), Role.FOLLOWER, 3, 0).build();
        Optional<Violation> v = new Stability().check(afterIt, algorithm);
        assertTrue(v.isPresent());
        assertEquals(45, v.get().time());
    }

    @Test
    void stabilityExcusesTheCatchUpInTheTickAPauseEnds() {
        Trace resumed = good().networkFault(30, "Pause").networkFault(60, "Resume").node(60, 2, Role.FOLLOWER, 3, 0)
                .node(60, 2, Role.CANDIDATE, 0, 0).node(70, 2, Role.FOLLOWER, 3, 0).build();
        assertTrue(new Stability().check(resumed, algorithm).isEmpty());
    }

    @Test
    void stabilityExcusesAChangeInsideTheDeclaredAftermathButNotAfterIt() {
        Algorithm tenTicks = withAftermath(algorithm, 10);
        Trace inside = good().networkFault(30, "Partition").networkFault(35, "Heal").node(36, 3, Role.LEADER, 3, 0)
                .node(45, 2, Role.CANDIDATE, 0, 0).build();
        assertTrue(new Stability().check(inside, tenTicks).isEmpty());
        assertTrue(new Stability().check(inside, algorithm).isPresent(), "no aftermath by default");
        // the leader settles again after the aftermath, then changes with no fault
        Trace beyond = good().networkFault(30, "Partition").networkFault(35, "Heal").node(46, 3, Role.LEADER, 3, 0)
                .node(50, 2, Role.CANDIDATE, 0, 0).build();
        Optional<Violation> v = new Stability().check(beyond, tenTicks);
        assertTrue(v.isPresent());
        assertEquals(50, v.get().time());
    }

    /**
     * Node 3 leads term 1, a partition heals, node 3 wins term 2; node 2 still names it for term 1,
     * then catches up through a moment of knowing no leader (it heard term 2 before the winner).
     */
    private TraceBuilder reElectedWhileOneFollowerLags() {
        return new TraceBuilder(3).startAll().electAll(10, 3, 1)
                .networkFault(20, "Partition").networkFault(25, "Heal")
                .node(30, 3, Role.LEADER, 3, 2)
                .node(31, 1, Role.FOLLOWER, 3, 2);
    }

    @Test
    void stabilityDoesNotCountAFollowerOfAnEarlierTermTowardTheNewLeader() {
        Trace catchingUp = reElectedWhileOneFollowerLags()
                .node(40, 2, Role.FOLLOWER, Cluster.NONE, 2)
                .node(42, 2, Role.FOLLOWER, 3, 2)
                .build();
        assertTrue(new Stability().check(catchingUp, algorithm).isEmpty(),
                () -> "catching up on term 2 is no leader change: " + new Stability().check(catchingUp, algorithm));
        assertTrue(new Agreement().check(catchingUp, algorithm).isEmpty());
    }

    @Test
    void stabilityStillRejectsALeaderChangeOnceEveryNodeNamesTheLeaderInItsTerm() {
        Trace change = reElectedWhileOneFollowerLags()
                .node(42, 2, Role.FOLLOWER, 3, 2)
                .node(50, 2, Role.CANDIDATE, Cluster.NONE, 3)
                .build();
        Optional<Violation> v = new Stability().check(change, algorithm);
        assertTrue(v.isPresent());
        assertEquals(50, v.get().time());
    }

    @Test
    void agreementComparesOnlyFollowersOfOneTerm() {
        // Node 1 still follows the stale leader 2 of term 1; node 3 leads term 2: Raft allows that.
        Trace stale = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 1).node(6, 1, Role.FOLLOWER, 2, 1)
                .node(9, 3, Role.LEADER, 3, 2)
                .build();
        assertTrue(new Agreement().check(stale, algorithm).isEmpty());
        Trace split = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 2).node(6, 1, Role.FOLLOWER, 2, 2)
                .node(9, 3, Role.LEADER, 3, 2)
                .node(10, 3, Role.LEADER, 3, 2)
                .build();
        assertTrue(new Agreement().check(split, algorithm).isPresent(), "two leaders followed in one term");
    }

    @Test
    void uniquenessRejectsTwoBelieversInDifferentTermsWhenTheAlgorithmAsksForOneLeaderAtATime() {
        Trace twoTokens = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 1)
                .node(9, 3, Role.LEADER, 3, 2)
                .crash(12, 2)
                .node(15, 1, Role.LEADER, 1, 3)
                .build();
        Optional<Violation> v = new Uniqueness().check(twoTokens, oneAtATime(algorithm));
        assertTrue(v.isPresent());
        assertEquals(9, v.get().time());
        assertTrue(new Uniqueness().check(twoTokens, algorithm).isEmpty(), "terms as epochs allow it");
        Trace oneAfterTheOther = new TraceBuilder(3).startAll()
                .node(5, 2, Role.LEADER, 2, 1)
                .crash(6, 2)
                .node(9, 3, Role.LEADER, 3, 2)
                .build();
        assertTrue(new Uniqueness().check(oneAfterTheOther, oneAtATime(algorithm)).isEmpty());
    }

    private static Algorithm oneAtATime(Algorithm a) {
        Algorithm base = withAftermath(a, a.faultAftermath(null));
        return new Algorithm() {
            public String name() { return base.name(); }
            public String tlaModule() { return base.tlaModule(); }
            public dev.electorate.spec.Assumptions assumptions() { return base.assumptions(); }
            public java.util.List<dev.electorate.spec.Mutant> mutants() { return base.mutants(); }
            public dev.electorate.spec.Node create(int self, dev.electorate.spec.Cluster c, String m) {
                return base.create(self, c, m);
            }
            public java.util.OptionalInt expectedLeader(dev.electorate.spec.Cluster c, java.util.SortedSet<Integer> live) {
                return base.expectedLeader(c, live);
            }
            public long terminationBound(dev.electorate.spec.Cluster c) { return base.terminationBound(c); }
            public boolean exclusiveLeadership() { return true; }
        };
    }

    private static Algorithm withAftermath(Algorithm a, long ticks) {
        return new Algorithm() {
            public String name() { return a.name(); }
            public String tlaModule() { return a.tlaModule(); }
            public dev.electorate.spec.Assumptions assumptions() { return a.assumptions(); }
            public java.util.List<dev.electorate.spec.Mutant> mutants() { return a.mutants(); }
            public dev.electorate.spec.Node create(int self, dev.electorate.spec.Cluster c, String m) {
                return a.create(self, c, m);
            }
            public java.util.OptionalInt expectedLeader(dev.electorate.spec.Cluster c, java.util.SortedSet<Integer> live) {
                return a.expectedLeader(c, live);
            }
            public long terminationBound(dev.electorate.spec.Cluster c) { return a.terminationBound(c); }
            public long faultAftermath(dev.electorate.spec.Cluster c) { return ticks; }
        };
    }
}
