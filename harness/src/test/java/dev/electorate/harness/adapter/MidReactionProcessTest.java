package dev.electorate.harness.adapter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.harness.sim.VoteBeforePersistElection;
import dev.electorate.impl.Algorithms;
import dev.electorate.impl.raft.RaftAlgorithm;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Uniqueness;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A crash inside a reaction cuts a process node's effects where it cuts a Java node's: the harness
 * applies a process's lines in the order it wrote them.
 */
class MidReactionProcessTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    static Algorithm process(String... args) {
        return AdaptedAlgorithm.mirroring("vote_node", new RaftAlgorithm(), ProcessNode.factory(
                NodeCommand.parse(Python.command(Python.testNode("vote_node.py"), args)), DEADLINE));
    }

    static RunSpec cut(Algorithm algorithm, long seed) {
        RunSpec drawn = Runs.generate(algorithm, null, 3, FaultClass.CRASH_RECOVER, seed);
        Fault crash = new Fault.MidReaction(1, drawn.members().get(0), 2000, 1 + seed % 10);
        return drawn.withSchedule(new FaultSchedule(List.of(crash)));
    }

    @Test
    void aProcessThatSendsItsVoteBeforePersistingItIsCaughtWhereTheJavaClassIs() {
        Algorithm java = AdaptedAlgorithm.mirroring("vote", new RaftAlgorithm(),
                NodeClasses.load(VoteBeforePersistElection.class.getName(), null));
        long seed = 1;
        while (new Uniqueness().check(Runs.execute(cut(java, seed)), java).isEmpty()) {
            seed++;
            assertTrue(seed < 1000, "the Java class is never caught");
        }
        // The Python node draws its timeouts as the Java class does, so the same seed breaks it too.
        Algorithm buggy = process("--vote-before-persist");
        Trace trace = Runs.execute(cut(buggy, seed));
        assertTrue(new Uniqueness().check(trace, buggy).isPresent(), "seed " + seed + ": the process was not caught");
        Algorithm correct = process();
        assertTrue(new Uniqueness().check(Runs.execute(cut(correct, seed)), correct).isEmpty(),
                "seed " + seed + ": the process that persists first broke Uniqueness");
    }

    @Test
    void raftAsProcessesGivesTheInProcessTraceWhenCrashedInsideAReaction() {
        Algorithm raft = Algorithms.byName("raft");
        Algorithm external = AdaptedAlgorithm.mirroring("raft", raft,
                ProcessNode.factory(NodeCommand.reference("raft", null), DEADLINE));
        RunSpec spec = cut(raft, 3);
        Trace inProcess = Runs.execute(spec);
        assertTrue(inProcess.steps().stream().anyMatch(s -> s.kind() == Step.Kind.FAULT
                && s.action().equals("Lose") && s.detail().contains("inside the reaction")), "no send was cut");
        ProcessNodeTest.assertSameTrace(inProcess, Runs.execute(spec.withAlgorithm(external)), "raft cut inside a reaction");
    }
}
