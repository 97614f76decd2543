package dev.electorate.harness.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.electorate.harness.io.TraceCodec;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Determinism is the product: the same seed gives a byte-identical trace. */
class DeterminismTest {

    @Test
    void theSameSeedGivesTheSameTraceOverAThousandSeeds() {
        List<Algorithm> algorithms = Algorithms.all();
        assertFalse(algorithms.isEmpty(), "no algorithms registered in impl's Algorithms");
        FaultClass[] classes = FaultClass.values();
        for (int seed = 0; seed < 1000; seed++) {
            Algorithm a = algorithms.get(seed % algorithms.size());
            FaultClass f = classes[(seed / algorithms.size()) % classes.length];
            RunSpec spec = Runs.generate(a, null, 3 + seed % 5, f, seed);
            String first = TraceCodec.write(Runs.execute(spec));
            String second = TraceCodec.write(Runs.execute(Runs.generate(a, null, 3 + seed % 5, f, seed)));
            assertEquals(first, second, "seed " + seed + " of " + a.name() + " under " + f + " gave two traces");
        }
    }

    /** Mutants are nodes too: a mutant's counterexample replays only if its runs are as deterministic. */
    @Test
    void everyMutantGivesTheSameTraceForTheSameSeed() {
        for (Algorithm a : Algorithms.all()) {
            for (var m : a.mutants()) {
                for (long seed = 1; seed <= 2; seed++) {
                    RunSpec spec = Runs.generate(a, m.name(), 3 + (int) seed, FaultClass.MIXED, seed);
                    String first = TraceCodec.write(Runs.execute(spec));
                    String second = TraceCodec.write(Runs.execute(Runs.generate(a, m.name(), 3 + (int) seed,
                            FaultClass.MIXED, seed)));
                    assertEquals(first, second, a.name() + " mutant " + m.name() + " seed " + seed + " gave two traces");
                }
            }
        }
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        Algorithm a = Algorithms.all().get(0);
        String one = TraceCodec.write(Runs.execute(Runs.generate(a, null, 5, FaultClass.MIXED, 1)));
        String two = TraceCodec.write(Runs.execute(Runs.generate(a, null, 5, FaultClass.MIXED, 2)));
        assertNotEquals(one, two, "the seed must matter");
    }

    @Test
    void aTraceSurvivesBeingWrittenAndReadBack(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Algorithm a = Algorithms.all().get(0);
        var trace = Runs.execute(Runs.generate(a, null, 5, FaultClass.CRASH_RECOVER, 3));
        java.nio.file.Path file = dir.resolve("t.jsonl");
        TraceCodec.write(trace, file);
        assertEquals(TraceCodec.write(trace), TraceCodec.write(TraceCodec.read(file)));
    }
}
