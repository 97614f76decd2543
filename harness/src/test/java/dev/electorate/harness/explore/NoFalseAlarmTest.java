package dev.electorate.harness.explore;

import dev.electorate.harness.check.Coverage;
import static org.junit.jupiter.api.Assertions.fail;

import dev.electorate.harness.check.Counterexample;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * No false alarm: 100,000 explored runs of the unmutated algorithms inside their assumptions (split
 * evenly over the algorithms; 3 to 7 nodes; each run draws one of its algorithm's admitted fault
 * classes) violate nothing. Long, so only with {@code -Delectorate.long=true};
 * {@code -Delectorate.long.runs=N} changes the total, and
 * {@code -Delectorate.long.algorithms=lelann,chang-roberts} splits it over those algorithms only.
 *
 * <pre>mvn -B -pl harness test -Dtest=NoFalseAlarmTest -Delectorate.long=true</pre>
 * The same total runs again through the guided search ({@link GuidedExplorer}, chunks of 2,500 runs each
 * with its own corpus).
 */
@EnabledIfSystemProperty(named = "electorate.long", matches = "true")
class NoFalseAlarmTest {

    private static final int CHUNK = 2_500;

    @Test
    void unmutatedAlgorithmsInsideTheirAssumptionsViolateNothing() throws Exception {
        search(false);
    }

    /** The same total through the guided search, whose mutated runs reach situations random runs rarely do. */
    @Test
    void theGuidedSearchFindsNoFalseAlarmEither() throws Exception {
        search(true);
    }

    private void search(boolean guided) throws Exception {
        String name = guided ? "no-false-alarm (guided)" : "no-false-alarm";
        int all = Integer.getInteger("electorate.long.runs", 100_000);
        List<Algorithm> algorithms = selected();
        int runs = (all + algorithms.size() - 1) / algorithms.size();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        NodeRange nodes = new NodeRange(3, 7);
        long start = System.nanoTime();
        long total = 0;
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Algorithm a : algorithms) {
                long began = System.nanoTime();
                int failuresBefore = failures.size();
                AtomicLong done = new AtomicLong();
                List<Future<Explorer.Outcome>> chunks = new ArrayList<>();
                for (int from = 0; from < runs; from += CHUNK) {
                    int tries = Math.min(CHUNK, runs - from);
                    // Seeds 1..runs, the same on every machine, whatever the thread count.
                    Explorer.Plan plan = new Explorer.Plan(a, null, nodes, a.assumptions().admitted(), tries,
                            1 + from, 1500);
                    chunks.add(pool.submit(() -> {
                        Explorer.Outcome o = guided ? GuidedExplorer.explore(plan, Progress.quiet(), new Coverage())
                                : Explorer.explore(plan);
                        long d = done.addAndGet(o.runs());
                        System.out.printf(Locale.ROOT, "%s: %s %,d/%,d runs (%.0f s)%n", name, a.name(), d, runs,
                                (System.nanoTime() - began) / 1e9);
                        return o;
                    }));
                }
                for (Future<Explorer.Outcome> chunk : chunks) {
                    Explorer.Outcome o = get(chunk);
                    total += o.runs();
                    o.failure().ifPresent(f -> failures.add(describe(a, f)));
                }
                System.out.printf(Locale.ROOT, "%s: %s %,d runs, %d violated, %.1f s%n", name, a.name(),
                        done.get(), failures.size() - failuresBefore, (System.nanoTime() - began) / 1e9);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "%s: %,d runs of %d algorithms on %d threads in %.1f s%n", name, total,
                algorithms.size(), threads, (System.nanoTime() - start) / 1e9);
        if (!failures.isEmpty()) {
            fail(failures.size() + " false alarm(s) inside the assumptions:\n" + String.join("\n", failures));
        }
    }

    /** The algorithms named by {@code electorate.long.algorithms} (comma-separated), or all of them. */
    private static List<Algorithm> selected() {
        String names = System.getProperty("electorate.long.algorithms", "").trim();
        if (names.isEmpty()) {
            return Algorithms.all();
        }
        return Arrays.stream(names.split(",")).map(String::trim).map(Algorithms::byName).toList();
    }

    private static Explorer.Outcome get(Future<Explorer.Outcome> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    private static String describe(Algorithm a, Explorer.Failure f) {
        Counterexample c = Counterexample.write(Path.of("target", "electorate", "no-false-alarm").toAbsolutePath(),
                f.shrunk().run(), f.violation(), f.shrunk().trace());
        return a.name() + " under " + c.run().faultClass() + ": " + f.violation() + "\n  fault schedule: "
                + c.run().schedule().describe() + "\n  replay: " + c.replayCommand();
    }
}
