package dev.electorate.bench;

import dev.electorate.history.EdnHistory;
import dev.electorate.history.History;
import dev.electorate.history.Op;
import dev.electorate.history.OpType;
import dev.electorate.lin.RandomHistories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a corpus of cas-register histories in Jepsen's EDN, shaped like the etcd histories that
 * linearizability checkers are usually measured on: 200 to 1,500 operations by 5 to 10 clients,
 * a third of them made not linearizable by one read of a value never written. One seed gives one corpus, byte for byte.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.electorate.bench.LinCorpus DIR [COUNT] [SEED]}.
 */
public final class LinCorpus {
    private LinCorpus() {}

    static final String MODEL = "cas-register";

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: LinCorpus DIR [COUNT (default 100)] [SEED (default 1)]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Files.createDirectories(dir);
        List<History> corpus = generate(count, seed);
        for (int i = 0; i < corpus.size(); i++) {
            String name = String.format("%03d-%s.edn", i, broken(i) ? "bad" : "ok");
            Files.writeString(dir.resolve(name), EdnHistory.write(corpus.get(i)), StandardCharsets.UTF_8);
        }
        System.out.println(dir + ": " + count + " histories (" + count / 3 + " not linearizable), seed " + seed);
    }

    /** Whether the {@code i}th history of a corpus is made not linearizable: every third one. */
    static boolean broken(int i) {
        return i % 3 == 2;
    }

    /** The corpus itself: {@code count} histories from {@code seed}. */
    public static List<History> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<History> corpus = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int clients = 5 + random.nextInt(6);
            int operations = 200 + random.nextInt(1301);
            History h = RandomHistories.generate(MODEL, clients, operations, 0.05, random.nextLong());
            corpus.add(broken(i) ? readNeverWritten(h, random) : h);
        }
        return corpus;
    }

    /**
     * The history with one completed read, in its second half, answering a value no operation ever
     * wrote (the simulated clients write 0 to 4): no order of the operations explains it, but the
     * checker must exhaust every order of the operations before it to say so.
     */
    static History readNeverWritten(History h, SplittableRandom random) {
        List<Op> ops = new ArrayList<>(h.ops());
        List<Integer> reads = new ArrayList<>();
        for (int i = ops.size() / 2; i < ops.size(); i++) {
            Op op = ops.get(i);
            if (op.type() == OpType.OK && op.f().equals("read")) {
                reads.add(i);
            }
        }
        if (reads.isEmpty()) {
            throw new IllegalStateException("a history with no completed read in its second half; pick another seed");
        }
        int at = reads.get(random.nextInt(reads.size()));
        Op read = ops.get(at);
        ops.set(at, new Op(read.index(), read.time(), read.process(), read.type(), read.f(), 5L + random.nextInt(5), read.error()));
        return History.of(ops);
    }
}
