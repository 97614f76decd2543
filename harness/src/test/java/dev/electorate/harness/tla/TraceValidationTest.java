package dev.electorate.harness.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import dev.electorate.tla.TraceCoverage;
import dev.electorate.tla.TraceValidator;
import dev.electorate.tla.TraceVerdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Simulator traces of each algorithm, with and without faults inside its assumptions, are
 * behaviours of its TLA+ specification that break none of its invariants: TLC accepts every one, its
 * receipts and its sends. The default suite validates 75
 * Bully and 50 Itai-Rodeh traces and fewer of the algorithms whose runs are long (ring tokens, Raft
 * heartbeats) or whose rings are many (Hirschberg-Sinclair's five fault classes), and 3 of Raft with
 * both options (against Raft.tla with PreVote and CheckQuorum TRUE) and one of Paxos with the lease
 * (against Paxos.tla with Lease TRUE), one TLC run per algorithm; the actions they exercised make the
 * coverage table in tla/README.md. {@code -Delectorate.long=true} validates about 210 of each.
 */
@Execution(ExecutionMode.CONCURRENT) // one TLC process per core (junit-platform.properties)
class TraceValidationTest {

    @TempDir
    Path work;

    static List<Trace> traces(Algorithm algorithm, String mutant, int perClass, long firstSeed) {
        List<Trace> traces = new ArrayList<>();
        for (FaultClass fc : faultClasses(algorithm)) {
            for (int i = 0; i < perClass; i++) {
                long seed = firstSeed + i;
                int nodes = 3 + (int) (seed % 3);
                RunSpec spec = Runs.generate(algorithm, mutant, nodes, fc, seed);
                traces.add(Runs.execute(spec));
            }
        }
        return traces;
    }

    /**
     * The fault classes whose runs are behaviours of the specification: crashes and restarts for
     * the algorithms whose specs model them; the admitted classes of a crash-free one
     * (Hirschberg-Sinclair and Itai-Rodeh: reordering, duplication, pauses and clock skew, besides none).
     */
    static List<FaultClass> faultClasses(Algorithm algorithm) {
        if (algorithm.name().equals("zookeeper") || algorithm.name().equals("etcd")) {
            // The recipes' specs have no clocks: lost, duplicated and reordered messages, partitions,
            // crashes, and pauses (a session or lease expiring under a client that still believes it
            // leads) are all behaviours of them.
            return List.of(FaultClass.NONE, FaultClass.CRASH_RECOVER, FaultClass.LOSS, FaultClass.DUPLICATE,
                    FaultClass.PARTITION, FaultClass.PAUSE);
        }
        if (algorithm.name().equals(PAXOS_LEASE)) {
            // paxos+lease admits none, crash-recover, loss, duplicate, reorder and partition: clocks run at
            // real time in all of them, which TracePaxosLease.tla relies on (pause and clock-skew are
            // outside). Every heartbeat is a new message (it carries its clock reading), so msgs grows along
            // a trace and each state costs more: the default suite validates the fault-free class only, the
            // long run all six.
            return Boolean.getBoolean("electorate.long") ? algorithm.assumptions().admitted() : List.of(FaultClass.NONE);
        }
        if (algorithm.assumptions().failures() == Assumptions.Failures.NONE) {
            return algorithm.assumptions().admitted();
        }
        return List.of(FaultClass.NONE, FaultClass.CRASH, FaultClass.CRASH_RECOVER);
    }

    /**
     * Whether the trace-validation tests should run {@code algorithm}: all of them, unless
     * {@code -Delectorate.tv.only=a,b} names the ones to run (to check a change to a few trace modules
     * without validating every algorithm's traces).
     */
    static boolean selected(String algorithm) {
        String only = System.getProperty("electorate.tv.only", "").trim();
        return only.isEmpty() || List.of(only.split(",")).stream().map(String::trim).anyMatch(algorithm::equals);
    }

    /** Raft with both options, validated against Raft.tla with PreVote and CheckQuorum TRUE. */
    static final String RAFT_OPTIONS = "raft+pre-vote+check-quorum";

    /** Paxos with the lease, validated against Paxos.tla with Lease TRUE (TracePaxosLease.tla). */
    static final String PAXOS_LEASE = "paxos+lease";

    /** Traces per fault class: about two minutes of TLC per algorithm in the default suite. */
    static int perClass(String algorithm) {
        boolean longRun = Boolean.getBoolean("electorate.long");
        if (algorithm.equals(RAFT_OPTIONS)) {
            // Its runs last until the end of the simulation (about 1,400 steps, heartbeats and
            // check-quorum rounds): one trace of each class by default, 210 in the long run.
            return longRun ? 70 : 1;
        }
        if (algorithm.equals(PAXOS_LEASE)) {
            // heartbeats and their acks make its traces long: one fault-free trace by default, 34 in each
            // of six classes (204) in the long run
            return longRun ? 34 : 1;
        }
        if (algorithm.equals("hirschberg-sinclair")) {
            return longRun ? 42 : 6; // five classes: 210 traces, or 30
        }
        if (algorithm.equals("etcd")) {
            return longRun ? 35 : 1; // keep-alives make its traces long: six classes
        }
        // Itai-Rodeh's traces are short; five classes
        // (none, duplicate, reorder, pause, clock-skew): 50 traces by default, 42 each (210) in the long run.
        if (algorithm.equals("itai-rodeh")) {
            return longRun ? 42 : 10;
        }
        if (longRun) {
            return 70;
        }
        if (algorithm.equals("bully")) {
            return 25; // 75 traces; the long run validates 210
        }
        if (algorithm.equals("lamport")) {
            return 10;
        }
        if (algorithm.equals("zookeeper")) {
            return 1; // six classes of 1,000 to 3,200 steps (heartbeats): 6 traces, about 110 s of TLC under load
        }
        if (algorithm.equals("paxos")) {
            return 2; // heartbeats make its traces long: 6 traces cost about 40 s of TLC under load
        }
        // The rings' traces are long (the leader's token and its ACKs, about 2,000 steps), Raft's too
        // (heartbeats): 30 and 24 traces by default, 210 in the long run.
        return algorithm.equals("raft") ? 8 : 10;
    }

    /** The algorithms validated, in the README table's order. */
    static final List<String> ALGORITHMS = List.of("bully", "lelann", "chang-roberts", "hirschberg-sinclair", "lamport",
            "itai-rodeh", "raft", RAFT_OPTIONS, "paxos", PAXOS_LEASE, "zookeeper", "etcd");

    /** Each algorithm's per-action counts, for the table in tla/README.md. */
    static final Map<String, TraceCoverage> COVERAGE = new ConcurrentHashMap<>();

    static final Path README = Path.of("").toAbsolutePath().getParent().resolve("tla").resolve("README.md");
    static final String TABLE_START = "<!-- trace coverage: generated by TraceValidationTest from the default suite's"
            + " traces; do not edit by hand (mvn -B -pl harness -am test -Dtest=TraceValidationTest"
            + " -Delectorate.coverage.update=true rewrites it) -->";
    static final String TABLE_END = "<!-- end of trace coverage -->";

    /**
     * The coverage table in tla/README.md is the one the default suite's traces give: checked when every
     * algorithm ran in the default suite, rewritten with {@code -Delectorate.coverage.update=true}.
     */
    @AfterAll
    static void coverageTableIsTheMeasuredOne() throws java.io.IOException {
        if (!COVERAGE.keySet().containsAll(ALGORITHMS) || Boolean.getBoolean("electorate.long")) {
            return; // a subset of the algorithms, or the long run's traces: not the table's figures
        }
        Map<String, TraceCoverage> ordered = new LinkedHashMap<>();
        ALGORITHMS.forEach(a -> ordered.put(a, COVERAGE.get(a)));
        String table = TraceCoverage.table(ordered);
        String readme = java.nio.file.Files.readString(README);
        int start = readme.indexOf(TABLE_START);
        int end = readme.indexOf(TABLE_END);
        assertTrue(start >= 0 && end > start, "tla/README.md has no trace coverage table between its markers");
        String current = readme.substring(start + TABLE_START.length() + 1, end);
        if (Boolean.getBoolean("electorate.coverage.update")) {
            java.nio.file.Files.writeString(README, readme.substring(0, start + TABLE_START.length() + 1) + table
                    + readme.substring(end));
            return;
        }
        assertEquals(table, current, "tla/README.md's trace coverage table is not the measured one;"
                + " -Delectorate.coverage.update=true rewrites it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bully", "lelann", "chang-roberts", "raft", "itai-rodeh", "hirschberg-sinclair", "lamport", "paxos",
            "zookeeper", "etcd", RAFT_OPTIONS, PAXOS_LEASE})
    void simulatorTracesAreBehavioursOfTheSpec(String name) {
        org.junit.jupiter.api.Assumptions.assumeTrue(selected(name), "-Delectorate.tv.only leaves " + name + " out");
        Algorithm algorithm = Algorithms.byName(name);
        List<Trace> traces = traces(algorithm, null, perClass(name), 1);
        List<TraceVerdict> verdicts = new TraceValidator(work).validate(algorithm.tlaModule(), traces);
        COVERAGE.put(name, TraceCoverage.of(algorithm.tlaModule(), verdicts));
        List<String> rejected = verdicts.stream().filter(v -> !v.holds())
                .map(v -> traces.get(v.trace()).header().faultClass() + " seed " + traces.get(v.trace()).header().seed()
                        + ": " + v.describe())
                .collect(Collectors.toList());
        assertTrue(rejected.isEmpty(), rejected.size() + " of " + traces.size() + " rejected:\n"
                + String.join("\n", rejected.subList(0, Math.min(5, rejected.size()))));
    }

    /** The CLI passes a relative folder (electorate-out/tla/...); TLC, which runs inside it, must still find its files. */
    @org.junit.jupiter.api.Test
    void validatesInARelativeFolder() throws java.io.IOException {
        Path relative = Path.of("target", "trace-validation-relative");
        java.nio.file.Files.createDirectories(relative);
        Algorithm algorithm = Algorithms.byName("bully");
        List<Trace> traces = traces(algorithm, null, 1, 1);
        List<TraceVerdict> verdicts = new TraceValidator(relative).validate(algorithm.tlaModule(), traces);
        assertEquals(traces.size(), verdicts.stream().filter(TraceVerdict::accepted).count(),
                () -> verdicts.stream().map(TraceVerdict::describe).collect(Collectors.joining("\n")));
    }

    /** Every trace of an algorithm, whatever its member list and size, is validated in one TLC run. */
    @org.junit.jupiter.api.Test
    void validatesEveryTraceOfAnAlgorithmInOneTlcRun() throws java.io.IOException {
        Algorithm algorithm = Algorithms.byName("bully");
        List<Trace> traces = new ArrayList<>();
        for (long seed = 1; traces.stream().map(t -> t.header().cluster().members()).distinct().count() < 3; seed++) {
            traces.add(Runs.execute(Runs.generate(algorithm, null, 3 + (int) (seed % 2), FaultClass.NONE, seed)));
        }
        List<TraceVerdict> verdicts = new TraceValidator(work).validate(algorithm.tlaModule(), traces);
        assertTrue(verdicts.stream().allMatch(TraceVerdict::holds),
                () -> verdicts.stream().map(TraceVerdict::describe).collect(Collectors.joining("\n")));
        try (var files = java.nio.file.Files.list(work)) {
            assertEquals(List.of("tlc-TVBully.out"), files.map(f -> f.getFileName().toString())
                    .filter(f -> f.startsWith("tlc-")).toList(),
                    "traces of member lists " + traces.stream().map(t -> t.header().cluster().members()).distinct().toList()
                            + " should share one TLC run");
        }
    }
}
