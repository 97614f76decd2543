package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.LeaseLinearizability;
import dev.electorate.spec.property.Uniqueness;
import dev.electorate.spec.property.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Paxos leases under the clock-drift bound they state (10%): the leader of a 3-node run is cut off
 * from the others, so it can no longer renew, while its clock runs slow. Within the bound (92% of real
 * time) its lease runs out before the others may elect a new leader, on every seed; far outside it
 * (30%) it still believes it leads when the next leader is elected, on every seed. Either way the
 * ballots fence the old leader off, so the lease history stays linearizable.
 */
class PaxosLeaseTest {

    static final Algorithm LEASE = Algorithms.byName("paxos+lease");
    static final long CUT_AT = 600;
    static final long HEAL_AT = 2000;
    static final int SEEDS = 20;

    /** The node leading at {@code tick} in the fault-free run of {@code seed}. */
    static int leaderAt(long seed, long tick) {
        Trace calm = Runs.execute(Runs.generate(LEASE, null, 3, FaultClass.NONE, seed));
        int leader = 0;
        for (Step s : calm.steps()) {
            if (s.time() > tick) {
                break;
            }
            if (s.role() == Role.LEADER) {
                leader = s.node();
            }
        }
        assertTrue(leader != 0, "seed " + seed + ": no leader by tick " + tick);
        return leader;
    }

    /** The run of {@code seed} whose leader is cut off at {@link #CUT_AT} with its clock at {@code ratePerMille}. */
    static Trace cutOffWithSkew(long seed, int ratePerMille) {
        RunSpec calm = Runs.generate(LEASE, null, 3, FaultClass.NONE, seed);
        int leader = leaderAt(seed, CUT_AT);
        List<List<Integer>> links = new ArrayList<>();
        for (int other : calm.members()) {
            if (other != leader) {
                links.add(List.of(leader, other));
            }
        }
        FaultSchedule faults = new FaultSchedule(List.of(
                new Fault.ClockSkew(CUT_AT - 1, HEAL_AT, leader, ratePerMille),
                new Fault.LinkCut(CUT_AT, HEAL_AT, links)));
        return Runs.execute(new RunSpec(calm.algorithm(), null, calm.members(), seed, FaultClass.CLOCK_SKEW, faults));
    }

    @Test
    void withinTheDriftBoundLeasesNeverOverlap() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = cutOffWithSkew(seed, 920);
            Optional<Violation> v = new Uniqueness().check(t, LEASE);
            long s = seed;
            assertTrue(v.isEmpty(), () -> "seed " + s + ", leader's clock at 92%: " + v.get());
            assertTrue(newLeaderDuringTheCut(t), "seed " + seed + ": the others never elected a new leader, so nothing was shown");
            assertEquals(Optional.empty(), new LeaseLinearizability().check(t, LEASE), "seed " + seed);
        }
    }

    @Test
    void outsideTheDriftBoundTwoLeadersBelieveAtOnceYetTheBallotsFenceTheOld() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = cutOffWithSkew(seed, 300);
            Optional<Violation> v = new Uniqueness().check(t, LEASE);
            assertTrue(v.isPresent() && v.get().explanation().contains("both believe they lead"),
                    "seed " + seed + ", leader's clock at 30%: no overlap: " + v);
            assertEquals(Optional.empty(), new LeaseLinearizability().check(t, LEASE), "seed " + seed);
        }
    }

    @Test
    void withoutTheOptionUniquenessIsPerBallot() {
        assertTrue(!Algorithms.byName("paxos").exclusiveLeadership());
        assertTrue(LEASE.exclusiveLeadership());
        assertTrue(!LEASE.assumptions().admits(FaultClass.CLOCK_SKEW));
    }

    private static boolean newLeaderDuringTheCut(Trace t) {
        int first = 0;
        for (Step s : t.steps()) {
            if (s.role() == Role.LEADER && s.time() <= CUT_AT) {
                first = s.node();
            }
            if (s.role() == Role.LEADER && s.time() > CUT_AT && s.time() < HEAL_AT && s.node() != first) {
                return true;
            }
        }
        return false;
    }
}
