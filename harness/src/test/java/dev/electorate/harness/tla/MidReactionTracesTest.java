package dev.electorate.harness.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import dev.electorate.tla.TraceValidator;
import dev.electorate.tla.TraceVerdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs in which a node crashes inside a reaction, with some of the reaction's sends never made,
 * are behaviours of each crash-recovering algorithm's specification (tla/README.md, Crashes inside
 * a reaction): TLC accepts three such traces per algorithm, 3 nodes, one TLC run each.
 */
class MidReactionTracesTest {

    @TempDir
    Path work;

    /** The first three seeds whose run, crashed inside the first node's first reaction of two effects or more, cuts a send. */
    static List<Trace> cutTraces(Algorithm algorithm) {
        List<Trace> traces = new ArrayList<>();
        for (long seed = 1; traces.size() < 3 && seed <= 200; seed++) {
            RunSpec drawn = Runs.generate(algorithm, null, 3, FaultClass.CRASH_RECOVER, seed);
            List<Integer> members = drawn.members().stream().sorted().toList();
            Fault cut = new Fault.MidReaction(1 + seed % 40, members.get((int) (seed % 3)), 2000, 1 + seed % 10);
            RunSpec spec = new RunSpec(drawn.algorithm(), null, members, seed, drawn.faultClass(),
                    new FaultSchedule(List.of(cut)));
            Trace trace = Runs.execute(spec);
            if (trace.steps().stream().anyMatch(s -> s.detail() != null && s.detail().startsWith("never sent"))) {
                traces.add(trace);
            }
        }
        return traces;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bully", "lelann", "chang-roberts", "raft", "lamport", "paxos", "zookeeper", "etcd"})
    void tracesCutInsideAReactionAreBehavioursOfTheSpec(String name) {
        Assumptions.assumeTrue(TraceValidationTest.selected(name), "-Delectorate.tv.only leaves " + name + " out");
        Algorithm algorithm = Algorithms.byName(name);
        List<Trace> traces = cutTraces(algorithm);
        assertEquals(3, traces.size(), "fewer than 3 of 200 runs cut a send");
        List<TraceVerdict> verdicts = new TraceValidator(work).validate(algorithm.tlaModule(), traces);
        for (TraceVerdict v : verdicts) {
            assertTrue(v.accepted(), "seed " + traces.get(v.trace()).header().seed() + ": " + v.describe());
        }
    }
}
