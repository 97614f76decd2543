package dev.electorate.harness.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The partial partition of Raft's folklore (5 nodes; 1, 2 and 3 connected, 4 linked only to 2, 5
 * only to 3): plain Raft never keeps a leader, since 4 and 5, never hearing one, campaign with ever
 * higher terms that 2 and 3 carry to the leader; with PreVote and CheckQuorum they cannot win a
 * pre-vote from a node that hears its leader, and the first leader stays.
 */
class RaftPartialPartitionTest {

    static final Cluster FIVE = Cluster.ofSize(5);
    static final long UNTIL = 6000;
    static final FaultSchedule PARTIAL = new FaultSchedule(List.of(new Fault.LinkCut(1, UNTIL,
            List.of(List.of(1, 4), List.of(3, 4), List.of(4, 5), List.of(1, 5), List.of(2, 5)))));

    /** The (leader, term) pairs that led during the partition, in order. */
    static List<String> leaderships(String algorithm, long seed) {
        Algorithm a = Algorithms.byName(algorithm);
        List<Step> steps = new ArrayList<>();
        new Simulator(a, null, FIVE, Network.DEFAULT, PARTIAL, new SeededChoices(seed), steps::add).run(UNTIL - 1);
        Set<String> led = new LinkedHashSet<>();
        for (Step s : steps) {
            if (s.role() == Role.LEADER) {
                led.add(s.node() + "@" + s.term());
            }
        }
        return new ArrayList<>(led);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void plainRaftKeepsNoLeader(long seed) {
        Algorithm raft = Algorithms.byName("raft");
        long bound = raft.terminationBound(FIVE);
        List<String> led = leaderships("raft", seed);
        // a leader per termination bound is far from stable: the partition lasts 6000 ticks
        assertTrue(led.size() > UNTIL / bound, () -> "plain Raft kept its leaders " + led);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void preVoteAndCheckQuorumKeepTheFirstLeader(long seed) {
        List<String> led = leaderships("raft+pre-vote+check-quorum", seed);
        assertEquals(1, led.size(), () -> "leaders changed: " + led);
    }
}
