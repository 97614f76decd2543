package dev.electorate.harness.tla;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trace validation is not vacuous: traces of a Java mutant leave the specification, and the
 * verdict names the first step no spec action can take.
 */
@Execution(ExecutionMode.CONCURRENT) // one TLC process per core (junit-platform.properties)
class MutantTracesRejectedTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource({"bully, no-answer, crash-recover, 30", "chang-roberts, forward-smaller, none, 8",
            "itai-rodeh, tie-wins, none, 12",
            "hirschberg-sinclair, reply-smaller, none, 3", "zookeeper, lead-without-lowest, none, 1"})
    void mutantTracesAreRejectedAtANamedStep(String name, String mutant, String faults, int seeds) {
        Algorithm algorithm = Algorithms.byName(name);
        // The same seeds with and without the mutant: a rejection counts only where the
        // algorithm's own trace of that seed is accepted, so it is the mutant TLC caught.
        List<Trace> traces = new ArrayList<>();
        for (String variant : new String[] {null, mutant}) {
            for (long seed = 1; seed <= seeds; seed++) {
                traces.add(Runs.execute(algorithm, Runs.generate(algorithm, variant, 3 + (int) (seed % 3),
                        FaultClass.parse(faults), seed)));
            }
        }
        List<TraceVerdict> verdicts = new TraceValidator(work).validate(algorithm.tlaModule(), traces);
        List<TraceVerdict> rejected = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            if (verdicts.get(i).accepted() && !verdicts.get(seeds + i).accepted()) {
                rejected.add(verdicts.get(seeds + i));
            }
        }
        assertTrue(!rejected.isEmpty(), "no seed whose reference trace TLC accepts has a rejected " + mutant + " trace");
        for (TraceVerdict v : rejected) {
            assertTrue(v.error() == null, v.describe());
            assertNotNull(v.firstUnmatched(), v.describe());
            assertTrue(v.describe().contains("first unmatched step " + v.firstUnmatched().index()), v.describe());
        }
        System.out.println(name + "/" + mutant + ": " + rejected.size() + " of " + seeds
                + " traces rejected where the reference trace is accepted; e.g. " + rejected.get(0).describe());
    }
}
