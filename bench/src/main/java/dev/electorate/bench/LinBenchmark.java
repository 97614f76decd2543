package dev.electorate.bench;

import dev.electorate.history.History;
import dev.electorate.lin.LinearizabilityChecker;
import dev.electorate.lin.Model;
import dev.electorate.lin.Models;
import dev.electorate.lin.Result;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to check one simulated linearizable history (5% of operations indeterminate) against its
 * model, by size, model and number of concurrent clients.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class LinBenchmark {

    @Param({"1000", "10000", "100000"})
    public int operations;

    @Param({"register", "mutex"})
    public String model;

    @Param({"5", "10", "50"})
    public int processes;

    private History history;
    private Model checked;

    @Setup(Level.Trial)
    public void generate() {
        history = dev.electorate.lin.RandomHistories.generate(model, processes, operations, 0.05, 42);
        checked = Models.byName(model);
    }

    @Benchmark
    public Result check() {
        Result r = LinearizabilityChecker.check(history, checked, Duration.ofMinutes(5));
        if (!r.linearizable()) {
            throw new IllegalStateException("a simulated history must be linearizable: " + r);
        }
        return r;
    }
}
