package dev.electorate.harness.check;

import dev.electorate.harness.fault.Fault;
import dev.electorate.impl.raft.RaftAlgorithm;
import dev.electorate.spec.Timing;
import dev.electorate.spec.property.Uniqueness;
import java.util.List;

/**
 * Raft's forget-vote mutant (votedFor not persisted) breaks Uniqueness with one fault, a bounce: a
 * voter crashes right after a RequestVote and restarts within a message delay, then grants a second
 * candidate of the same term. A crash at a uniform tick almost never lands there, so the random
 * crash-recover class does not find it in 300 runs; this search gives every 5-node run one bounce
 * armed during the first election. The unmutated Raft keeps Uniqueness on the same runs.
 */
class RaftForgetVoteTest extends ScriptedFaultSearch {

    /** One node of five bounces during the first election, back within a message delay. */
    RaftForgetVoteTest() {
        super(new RaftAlgorithm(), "forget-vote", 5, 2000, new Uniqueness(), (members, draw) -> {
            int node = members.get(draw.nextInt(5));
            return List.of(new Fault.Bounce(1 + draw.nextInt(250), node, 2000, 1 + draw.nextInt((int) Timing.MAX_DELAY)));
        });
    }
}
