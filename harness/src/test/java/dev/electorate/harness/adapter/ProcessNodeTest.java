package dev.electorate.harness.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.explore.Explorer;
import dev.electorate.harness.io.TraceCodec;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Properties;
import dev.electorate.spec.property.Violation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The process adapter is faithful: a node run as a process gives the very trace the same node gives
 * in-process, so it meets the same verdicts; and a buggy process node is caught and shrunk with the
 * same machinery as any Java node.
 */
@Isolated // it checks that no child process of this JVM outlives a run: TLC runs of concurrent classes would count
class ProcessNodeTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @AfterEach
    void everyNodeProcessIsReaped() {
        ProcessPool.closeAll(); // as the command line does when a command ends
        assertFalse(Python.childrenAlive(), "a node process outlived its run");
    }

    private static Algorithm declared(String name, AdaptedAlgorithm.NodeFactory factory) {
        return AdaptedAlgorithm.declared(name, Declaration.parse(List.of("crash", "crash-recover"), "highest", 80),
                factory);
    }

    /** Equal traces, or the first line where they part. */
    static void assertSameTrace(Trace expected, Trace actual, String what) {
        List<String> a = TraceCodec.write(expected).lines().toList();
        List<String> b = TraceCodec.write(actual).lines().toList();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            assertEquals(a.get(i), b.get(i), what + ": line " + (i + 1) + " differs");
        }
        assertEquals(a.size(), b.size(), what + ": the traces differ in length");
    }

    @Test
    void thePythonNodeAndTheJavaClassOfTheSameElectionGiveTheSameTrace() {
        Algorithm java = declared("same", NodeClasses.load(ExampleElection.CORRECT, ExampleElection.classpath().toString()));
        Algorithm python = declared("same", ProcessNode.factory(
                NodeCommand.parse(Python.command(Python.referenceNode())), DEADLINE));
        for (FaultClass fault : List.of(FaultClass.CRASH, FaultClass.CRASH_RECOVER)) {
            RunSpec spec = Runs.generate(java, null, 3, fault, 5);
            Trace inProcess = Runs.execute(spec);
            Trace overProtocol = Runs.execute(spec.withAlgorithm(python));
            assertSameTrace(inProcess, overProtocol, "under " + fault);
            assertTrue(Properties.check(overProtocol, python).isEmpty());
        }
    }

    @Test
    void theImpatientPythonNodeIsCaughtAndShrunk() {
        Algorithm impatient = declared("impatient-py", ProcessNode.factory(
                NodeCommand.parse(Python.command(Python.referenceNode(), "--impatient")), DEADLINE));
        Explorer.Outcome outcome = Explorer.explore(new Explorer.Plan(impatient, null, new NodeRange(3, 4),
                List.of(FaultClass.CRASH), 3, 1, 8));
        Explorer.Failure f = outcome.failure().orElseThrow(() -> new AssertionError("the impatient node survived"));
        assertEquals("Uniqueness", f.violation().property());
        assertTrue(f.shrinkAttempts() > 0);
        assertTrue(f.shrunk().sequence().size() < f.original().sequence().size(),
                f.original().sequence() + " -> " + f.shrunk().sequence());
        // The shrunk run replays to the same failure with a fresh set of processes.
        Trace again = Runs.execute(f.shrunk().run());
        assertSameTrace(f.shrunk().trace(), again, "replaying the shrunk run");
    }

    @Test
    void bullyAsExternalProcessesGivesTheInProcessTracesAndVerdicts() {
        Algorithm bully = Algorithms.byName("bully");
        Algorithm external = AdaptedAlgorithm.mirroring("bully", bully,
                ProcessNode.factory(NodeCommand.reference("bully", null), DEADLINE));
        RunSpec holds = Runs.generate(bully, null, 3, FaultClass.CRASH_RECOVER, 2);
        Trace inProcess = Runs.execute(holds);
        assertSameTrace(inProcess, Runs.execute(holds.withAlgorithm(external)), "bully in-process and as processes");
        assertTrue(Properties.check(inProcess, bully).isEmpty());

        // The no-answer mutant: the first seed whose run breaks Uniqueness in-process breaks it as a process too.
        Algorithm mutantExternal = AdaptedAlgorithm.mirroring("bully", bully,
                ProcessNode.factory(NodeCommand.reference("bully", "no-answer"), DEADLINE));
        RunSpec failing = null;
        List<Violation> expected = List.of();
        for (long seed = 1; seed < 200 && expected.isEmpty(); seed++) {
            failing = Runs.generate(bully, "no-answer", 3, FaultClass.CRASH_RECOVER, seed);
            expected = Properties.check(Runs.execute(failing), bully);
        }
        assertFalse(expected.isEmpty(), "no seed below 200 makes the in-process no-answer mutant fail");
        RunSpec plain = new RunSpec(failing.algorithm(), null, failing.members(), failing.seed(), failing.faultClass(),
                failing.schedule());
        Trace external2 = Runs.execute(plain.withAlgorithm(mutantExternal));
        assertEquals(expected, Properties.check(external2, mutantExternal));
    }

    @Test
    void raftAsExternalProcessesKeepsItsDurableStateAndDrawsAcrossRestarts() {
        // Raft persists its term and vote, draws its election timeouts, and restarts from what it persisted:
        // every request of the protocol (persist, random, restart with durable state) is on this trace.
        Algorithm raft = Algorithms.byName("raft");
        Algorithm external = AdaptedAlgorithm.mirroring("raft", raft,
                ProcessNode.factory(NodeCommand.reference("raft", null), DEADLINE));
        RunSpec spec = Runs.generate(raft, null, 3, FaultClass.CRASH_RECOVER, 1);
        Trace inProcess = Runs.execute(spec);
        assertTrue(inProcess.steps().stream().anyMatch(s -> s.kind() == Step.Kind.RESTART), "no restart in the run");
        assertSameTrace(inProcess, Runs.execute(spec.withAlgorithm(external)), "raft in-process and as processes");
    }
}
