package dev.electorate.harness.junit;

import dev.electorate.harness.check.Counterexample;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.ReplayFile;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.check.Coverage;
import dev.electorate.harness.explore.Explorer;
import dev.electorate.harness.explore.GuidedExplorer;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The JUnit 5 entry point for checking your own election: extend this class, return your
 * {@link Algorithm} from {@link #algorithm()}, and every fault class inside its assumptions becomes a
 * test that explores seeded runs and fails with the property, the step, the shrunk fault schedule
 * and the replay command.
 *
 * <pre>{@code
 * class MyElectionTest extends ElectionContract {
 *     protected Algorithm algorithm() { return new MyElection(); }
 * }
 * }</pre>
 */
public abstract class ElectionContract {

    /** The election under test. */
    protected abstract Algorithm algorithm();

    /** Runs tried per fault class. */
    protected int runs() {
        return 300;
    }

    /** The fault classes to test; by default those inside the algorithm's assumptions. */
    protected List<FaultClass> faults() {
        return algorithm().assumptions().admitted();
    }

    /** Cluster sizes. */
    protected NodeRange nodes() {
        return new NodeRange(3, 7);
    }

    /** The first seed; runs use this seed and the ones after it. */
    protected long seed() {
        return 1;
    }

    /** The mutant to test, or null for the algorithm itself. */
    protected String mutant() {
        return null;
    }

    /** Whether the search is guided by coverage (see docs/exploration.md) rather than random; random by default. */
    protected boolean guided() {
        return false;
    }

    /** Where counterexamples are written. */
    protected Path out() {
        return Path.of("target", "electorate", algorithm().name());
    }

    @TestFactory
    Stream<DynamicTest> electionProperties() {
        Algorithm algorithm = algorithm();
        return faults().stream().map(fault -> DynamicTest.dynamicTest(algorithm.name() + " under " + fault, () -> {
            Explorer.Plan plan = new Explorer.Plan(algorithm, mutant(), nodes(), List.of(fault), runs(), seed(), 1500);
            Explorer.Outcome outcome = guided()
                    ? GuidedExplorer.explore(plan, Progress.quiet(), new Coverage())
                    : Explorer.explore(plan);
            if (outcome.failure().isPresent()) {
                Explorer.Failure f = outcome.failure().get();
                // Absolute, so that the replay command works from wherever it is pasted.
                Counterexample c = Counterexample.write(out().resolve("counterexamples").toAbsolutePath().normalize(),
                        f.shrunk().run(), f.violation(), f.shrunk().trace());
                throw new AssertionError(message(algorithm, fault, f, c));
            }
        }));
    }

    static String message(Algorithm algorithm, FaultClass fault, Explorer.Failure f, Counterexample c) {
        return algorithm.name() + " under " + fault + ": " + f.violation().property() + " violated at step "
                + f.violation().step() + " (tick " + f.violation().time() + "): " + f.violation().explanation()
                + "\n  found after " + f.tries() + (f.tries() == 1 ? " run" : " runs") + "; shrunk to "
                + c.size()
                + "\n  fault schedule: " + c.run().schedule().describe()
                + "\n  trace: " + c.traceFile()
                + "\n  replay: " + (builtIn(algorithm) ? c.replayCommand()
                        : "ElectionContract.replay(algorithm(), Path.of(\"" + c.replayFile() + "\"))"
                        + " (the electorate command line knows only its built-in algorithms)");
    }

    /** Whether the command line can replay runs of {@code algorithm}: it is one of the built-in ones. */
    private static boolean builtIn(Algorithm algorithm) {
        return Algorithms.all().stream().anyMatch(a -> a.getClass() == algorithm.getClass());
    }

    /**
     * Re-runs a counterexample written by a failed test (its {@code *.replay.json}) and returns its
     * trace, byte-identical to the recorded one; for algorithms the command line does not know.
     */
    public static Trace replay(Algorithm algorithm, Path replayFile) {
        return Runs.execute(ReplayFile.read(replayFile, name -> algorithm).run());
    }
}
