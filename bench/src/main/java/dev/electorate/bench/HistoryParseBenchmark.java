package dev.electorate.bench;

import dev.electorate.history.EdnHistory;
import dev.electorate.history.History;
import dev.electorate.history.JsonLinesHistory;
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
 * Reading histories, the part of {@code electorate lin} before the checker: the corpus {@link LinCorpus} makes,
 * as the text of its 100 files in JSON Lines and in EDN, parsed and validated into histories by one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class HistoryParseBenchmark {

    private List<String> jsonLines;
    private List<String> edn;

    @Setup
    public void write() {
        List<History> corpus = LinCorpus.generate(100, 1);
        jsonLines = corpus.stream().map(JsonLinesHistory::write).toList();
        edn = corpus.stream().map(EdnHistory::write).toList();
    }

    @Benchmark
    public int readJsonLines() {
        int ops = 0;
        for (String text : jsonLines) {
            ops += JsonLinesHistory.read("corpus.jsonl", text).size();
        }
        return ops;
    }

    @Benchmark
    public int readEdn() {
        int ops = 0;
        for (String text : edn) {
            ops += EdnHistory.read("corpus.edn", text).size();
        }
        return ops;
    }
}
