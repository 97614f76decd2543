package dev.electorate.harness.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Simulator traces of each algorithm, with and without faults inside its assumptions, are
 * behaviours of its TLA+ specification: TLC accepts every one. The default suite validates 210
 * Bully traces and fewer of the algorithms whose runs are long (ring tokens, Raft heartbeats);
 * {@code -Delectorate.long=true} validates 210 of each.
 */
class TraceValidationTest {

    @TempDir
    Path work;

    static List<Trace> traces(Algorithm algorithm, String mutant, int perClass, long firstSeed) {
        List<Trace> traces = new ArrayList<>();
        for (FaultClass fc : List.of(FaultClass.NONE, FaultClass.CRASH, FaultClass.CRASH_RECOVER)) {
            for (int i = 0; i < perClass; i++) {
                long seed = firstSeed + i;
                int nodes = 3 + (int) (seed % 3);
                traces.add(Runs.execute(algorithm, Runs.generate(algorithm, mutant, nodes, fc, seed)));
            }
        }
        return traces;
    }

    /** Traces per fault class: about two minutes of TLC per algorithm in the default suite. */
    static int perClass(String algorithm) {
        if (Boolean.getBoolean("electorate.long") || algorithm.equals("bully")) {
            return 70;
        }
        if (algorithm.equals("lamport")) {
            return 10;
        }
        return algorithm.equals("raft") ? 20 : 25;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bully", "lelann", "chang-roberts", "raft", "lamport"})
    void simulatorTracesAreBehavioursOfTheSpec(String name) {
        Algorithm algorithm = Algorithms.byName(name);
        List<Trace> traces = traces(algorithm, null, perClass(name), 1);
        List<TraceVerdict> verdicts = new TraceValidator(work).validate(algorithm.tlaModule(), traces);
        List<String> rejected = verdicts.stream().filter(v -> !v.accepted())
                .map(v -> traces.get(v.trace()).header().faultClass() + " seed " + traces.get(v.trace()).header().seed()
                        + ": " + v.describe())
                .collect(Collectors.toList());
        assertTrue(rejected.isEmpty(), rejected.size() + " of " + traces.size() + " rejected:\n"
                + String.join("\n", rejected.subList(0, Math.min(5, rejected.size()))));
    }
}
