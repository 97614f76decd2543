package com.example.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.electorate.harness.check.ReplayFile;
import dev.electorate.harness.io.TraceCodec;
import dev.electorate.harness.junit.ElectionContract;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.impl.bully.BullyAlgorithm;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Properties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The example user test of docs/examples (compiled into this module's tests) passes on the
 * reference Bully and, pointed at a mutant, fails with a message that gives the property, the
 * step, the shrunk schedule and a replay command that works. It lives in the example's package so
 * that it can subclass the example as a user would.
 */
class ExampleContractTest {

    /** The example pointed at a mutant; nested, so surefire does not run it on its own. */
    static class PointedAtMutant extends MyElectionTest {
        @Override
        protected String mutant() {
            return "no-answer";
        }
    }

    /** A user's own election, unknown to the command line (here Bully under another class and name). */
    static final class TheirElection implements Algorithm {
        private final Algorithm inner = new BullyAlgorithm();

        public String name() { return "their-election"; }
        public String tlaModule() { return inner.tlaModule(); }
        public Assumptions assumptions() { return inner.assumptions(); }
        public List<Mutant> mutants() { return inner.mutants(); }
        public Node create(int self, Cluster cluster, String mutant) { return inner.create(self, cluster, mutant); }
        public OptionalInt expectedLeader(Cluster c, SortedSet<Integer> live) { return inner.expectedLeader(c, live); }
        public long terminationBound(Cluster cluster) { return inner.terminationBound(cluster); }
    }

    /** Their election with a bug in it, checked by the contract directly. */
    static class TheirBuggyElection extends ElectionContract {
        @Override
        protected Algorithm algorithm() {
            return new TheirElection();
        }

        @Override
        protected String mutant() {
            return "no-heartbeat-timeout";
        }
    }

    /** The same buggy election searched by the guided explorer. */
    static class TheirBuggyElectionGuided extends TheirBuggyElection {
        @Override
        protected boolean guided() {
            return true;
        }
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass)).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }

    @Test
    void theExamplePassesOnTheReferenceImplementation() {
        TestExecutionSummary summary = run(MyElectionTest.class);
        int admitted = Algorithms.byName("bully").assumptions().admitted().size();
        assertEquals(admitted, summary.getTestsSucceededCount(), () -> failures(summary));
        assertEquals(0, summary.getTestsFailedCount(), () -> failures(summary));
    }

    @Test
    void pointedAtAMutantItFailsWithAReadableMessage() throws IOException {
        TestExecutionSummary summary = run(PointedAtMutant.class);
        // "no-answer" needs a crash and a restart (a bounce is both): only the crash-recover test may fail.
        assertEquals(1, summary.getTestsFailedCount(), () -> failures(summary));
        assertEquals(2, summary.getTestsSucceededCount(), () -> failures(summary));
        TestExecutionSummary.Failure failure = summary.getFailures().get(0);
        assertEquals("bully under crash-recover", failure.getTestIdentifier().getDisplayName());
        String message = failure.getException().getMessage();
        System.out.println("The example pointed at bully mutant no-answer fails with:\n" + message);
        List<String> lines = message.lines().toList();
        // The property and the step first, then the shrunk run, its schedule, its files.
        assertTrue(Pattern.compile("^bully under crash-recover: Uniqueness violated at step \\d+ \\(tick \\d+\\):"
                + " nodes \\d and \\d both believe they lead$").matcher(lines.get(0)).matches(), message);
        assertTrue(lines.get(1).matches("  found after \\d+ runs?; shrunk to 3 nodes \\[1, 2, 3], (1 fault|2 faults), \\d+ steps"),
                message);
        assertTrue(lines.get(2).matches("  fault schedule: (t=\\d+ crash \\d; t=\\d+ restart \\d"
                + "|t=\\d+ bounce \\d after its next election message \\(by t=\\d+\\), down \\d+"
                + "|t=\\d+ crash the first node caught between rival election messages \\(by t=\\d+\\), down at most \\d+)"),
                message);
        assertTrue(lines.get(3).startsWith("  trace: ") && lines.get(3).endsWith(".trace.jsonl"), message);
        Matcher replay = Pattern.compile("^  replay: \\./electorate replay (\\S+\\.replay\\.json)$").matcher(lines.get(4));
        assertTrue(replay.matches(), message);
        assertTrue(Path.of(replay.group(1)).isAbsolute(), "the replay command must work from any directory: " + message);
        assertEquals(5, lines.size(), message);

        // The replay command names a file that reproduces the very violation of the message.
        Path file = Path.of(replay.group(1));
        assertTrue(Files.isRegularFile(file), file + " does not exist");
        ReplayFile saved = ReplayFile.read(file, Algorithms::byName);
        var violation = Properties.check(Runs.execute(saved.run()), Algorithms.byName("bully")).get(0);
        assertTrue(lines.get(0).contains(violation.toString()), violation + " vs " + lines.get(0));
    }

    @Test
    void theGuidedSearchFindsTheSameBugThroughTheContract() {
        TestExecutionSummary summary = run(TheirBuggyElectionGuided.class);
        assertEquals(1, summary.getTestsFailedCount(), () -> failures(summary));
        String message = summary.getFailures().get(0).getException().getMessage();
        assertTrue(message.startsWith("their-election under crash: Termination violated at step "), message);
    }

    @Test
    void anAlgorithmTheCommandLineDoesNotKnowIsReplayedFromJava() {
        TestExecutionSummary summary = run(TheirBuggyElection.class);
        assertEquals(1, summary.getTestsFailedCount(), () -> failures(summary));
        String message = summary.getFailures().get(0).getException().getMessage();
        assertTrue(message.startsWith("their-election under crash: Termination violated at step "), message);
        Matcher replay = Pattern.compile("  replay: ElectionContract\\.replay\\(algorithm\\(\\), Path\\.of\\(\"(\\S+)\"\\)\\)"
                + " \\(the electorate command line knows only its built-in algorithms\\)").matcher(message);
        assertTrue(replay.find(), message);
        Path file = Path.of(replay.group(1));
        Trace trace = ElectionContract.replay(new TheirElection(), file);
        assertEquals(ReplayFile.read(file, name -> new TheirElection()).traceSha256(), TraceCodec.digest(trace), "replay must be byte-identical");
        var violation = Properties.check(trace, new TheirElection()).get(0);
        assertTrue(message.contains(violation.toString()), violation + " vs " + message);
    }

    private static String failures(TestExecutionSummary summary) {
        StringBuilder b = new StringBuilder();
        summary.getFailures().forEach(f -> b.append(f.getTestIdentifier().getDisplayName()).append(": ")
                .append(f.getException().getMessage()).append('\n'));
        return b.toString();
    }
}
