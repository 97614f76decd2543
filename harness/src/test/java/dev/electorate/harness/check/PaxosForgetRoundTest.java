package dev.electorate.harness.check;

import dev.electorate.harness.fault.Fault;
import dev.electorate.impl.paxos.PaxosAlgorithm;
import dev.electorate.spec.property.LeaseLinearizability;
import java.util.List;

/**
 * Paxos's forget-round mutant (the proposer's highest round not persisted) leads one ballot twice:
 * the first leader crashes and restarts quickly, its election timer fires before the followers'
 * (whose heartbeats stopped at the crash), and it prepares the ballot it led before, which every
 * acceptor promised already. The same fencing token is then granted twice (Linearizability). A
 * random crash-recover run rarely has a leader back that fast (about 1 in 3,000), so this search
 * crashes one node of every 3-node run shortly after the first election and restarts it within 30
 * ticks. The unmutated Paxos keeps Linearizability on the same runs.
 */
class PaxosForgetRoundTest extends ScriptedFaultSearch {

    /** One node of three crashes shortly after the first election and is back within 30 ticks. */
    PaxosForgetRoundTest() {
        super(new PaxosAlgorithm(), "forget-round", 3, 300, new LeaseLinearizability(), (members, draw) -> {
            int node = members.get(draw.nextInt(3));
            long at = 200 + draw.nextInt(200);
            return List.of(new Fault.Crash(at, node), new Fault.Restart(at + 1 + draw.nextInt(30), node));
        });
    }
}
