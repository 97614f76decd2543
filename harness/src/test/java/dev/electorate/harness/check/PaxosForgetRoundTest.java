package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.paxos.PaxosAlgorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.LeaseLinearizability;
import dev.electorate.spec.property.Violation;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Paxos's forget-round mutant (the proposer's highest round not persisted) leads one ballot twice:
 * the first leader crashes and restarts quickly, its election timer fires before the followers'
 * (whose heartbeats stopped at the crash), and it prepares the ballot it led before, which every
 * acceptor promised already. The same fencing token is then granted twice (Linearizability). A
 * random crash-recover run rarely has a leader back that fast (about 1 in 3,000), so this search
 * crashes one node of every 3-node run shortly after the first election and restarts it within 30
 * ticks. The unmutated Paxos keeps Linearizability on the same runs.
 */
class PaxosForgetRoundTest {

    static final PaxosAlgorithm PAXOS = new PaxosAlgorithm();
    static final int BUDGET = 300;

    /** The first seed whose run breaks Linearizability, with its violation, or empty within the budget. */
    static Optional<String> firstViolation(String mutant) {
        for (long seed = 1; seed <= BUDGET; seed++) {
            RunSpec generated = Runs.generate(PAXOS, mutant, 3, FaultClass.CRASH_RECOVER, seed);
            SplittableRandom draw = new SplittableRandom(seed);
            int node = generated.members().get(draw.nextInt(3));
            long at = 200 + draw.nextInt(200);
            List<Fault> faults = List.of(new Fault.Crash(at, node), new Fault.Restart(at + 1 + draw.nextInt(30), node));
            RunSpec spec = new RunSpec(generated.algorithm(), mutant, generated.members(), seed,
                    generated.faultClass(), new FaultSchedule(faults));
            Trace trace = Runs.execute(spec);
            Optional<Violation> v = new LeaseLinearizability().check(trace, PAXOS);
            if (v.isPresent()) {
                return Optional.of("seed " + seed + ", " + spec.schedule().describe() + ": " + v.get());
            }
        }
        return Optional.empty();
    }

    @Test
    void aProposerThatForgetsItsRoundLeadsOneBallotTwice() {
        Optional<String> found = firstViolation("forget-round");
        assertTrue(found.isPresent(), "forget-round survived " + BUDGET + " runs with a quick restart");
        System.out.println("forget-round: " + found.get());
    }

    @Test
    void theUnmutatedPaxosHoldsOnTheSameRuns() {
        Optional<String> found = firstViolation(null);
        assertTrue(found.isEmpty(), () -> "Paxos itself broke Linearizability: " + found.get());
    }
}
