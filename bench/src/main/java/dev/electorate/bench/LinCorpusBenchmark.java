package dev.electorate.bench;

import dev.electorate.history.History;
import dev.electorate.lin.LinearizabilityChecker;
import dev.electorate.lin.Model;
import dev.electorate.lin.Models;
import dev.electorate.lin.HistoryVerdict;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The checker's core on the corpus {@code bench/lin-cli.sh} times through the CLI ({@link LinCorpus}):
 * one thread checks all 100 histories, explanations included, parsing left out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class LinCorpusBenchmark {

    private List<History> corpus;
    private Model model;

    @Setup
    public void generate() {
        corpus = LinCorpus.generate(100, 1);
        model = Models.byName(LinCorpus.MODEL);
    }

    @Benchmark
    public int checkTheCorpus() {
        int bad = 0;
        for (int i = 0; i < corpus.size(); i++) {
            HistoryVerdict v = LinearizabilityChecker.check(corpus.get(i), model, Duration.ofMinutes(1)).verdict();
            if (v != (LinCorpus.broken(i) ? HistoryVerdict.NOT_LINEARIZABLE : HistoryVerdict.LINEARIZABLE)) {
                throw new IllegalStateException("history " + i + " of the corpus: " + v);
            }
            bad += v == HistoryVerdict.NOT_LINEARIZABLE ? 1 : 0;
        }
        return bad;
    }
}
