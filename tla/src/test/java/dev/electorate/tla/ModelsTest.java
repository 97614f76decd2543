package dev.electorate.tla;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TLC checks every model of models.tsv: the algorithms' models pass and each mutant's model
 * fails for the stated reason (the non-vacuity of Uniqueness and Termination).
 */
@Execution(ExecutionMode.CONCURRENT) // two TLC processes at a time, each with its own temporary folder
class ModelsTest {

    @TempDir
    static Path work;

    @BeforeAll
    static void extract() {
        TlaLibrary.extractTo(work);
    }

    /**
     * Models past the default suite's budget, checked with {@code -Delectorate.long=true} (tla/README.md
     * gives their figures): the lease models that pass (45,000 and 190,000 states, minutes of TLC: the
     * 27 clock choices a tick) and the lease mutant that needs a crash, a restart and a renewal to show
     * (about 240,000 states before the violation). The default suite keeps the hold-full-lease mutant and
     * MCPaxos3LeaseOneBeat, the lease model that passes in the mutant's constants with one heartbeat round.
     */
    static final java.util.Set<String> LONG =
            java.util.Set.of("MCPaxos3Lease", "MCPaxos3LeaseEarly", "MCPaxos3Lease_RestartGrants");

    /**
     * The models to check: all but {@link #LONG} (those too with {@code -Delectorate.long=true}), or
     * with {@code -Delectorate.models=lelann,chang-roberts} only those algorithms' rows.
     */
    static List<Model> models() {
        boolean longRun = Boolean.getBoolean("electorate.long");
        List<String> only = List.of(System.getProperty("electorate.models", "").split(",")).stream()
                .map(String::trim).filter(a -> !a.isEmpty()).toList();
        return Models.all().stream().filter(m -> longRun || !LONG.contains(m.module()))
                .filter(m -> only.isEmpty() || only.contains(m.algorithm())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void tlcGivesTheExpectedVerdict(Model model) {
        // The timeout catches a hung TLC; the largest model takes about 2.5 minutes on an idle
        // 2-core machine and twice that on a busy one.
        TlcResult result = new Tlc(work).timeout(Duration.ofMinutes(10)).check(model.module(), model.config());
        String detail = result instanceof TlcResult.SpecError e ? e.describe() : result.label();
        assertTrue(model.expect().matches(result),
                model.module() + " should be " + model.expect() + " but TLC says " + detail + " (" + result.stats() + ")");
        System.out.printf("%-32s %-22s %,10d states  depth %3d  %6.1f s%n", model.module(), result.label(),
                result.stats().distinctStates(), result.stats().depth(), result.stats().seconds());
    }

    /** Sizes not checked yet, with the reason; tla/README.md says the same. */
    static final java.util.Map<String, String> GAPS = java.util.Map.of(
            "itai-rodeh", "5 processes: 347,166 states and 2 minutes with K = 2, safety only; Termination did not"
                    + " finish in 3 minutes",
            "zookeeper", "5 nodes (4 clients): 3 clients from a settled election with one expiry of a session in"
                    + " use already passed 32,000 states in 2.5 minutes, safety only",
            "paxos", "5 nodes: even without early timeouts or crashes the 5-node election with Termination ran over"
                    + " 2 minutes (the 4-node one has 3,420 states)",
            "raft", "5 nodes: not in the default suite; a 4-node model with one crash from a settled term already"
                    + " took 86 s (4,885 states, 82,000 generated) at a load average of 23, past Raft's share of its minute",
            "etcd", "5 nodes (4 clients and the service): the 4-node election with Termination already has"
                    + " 8,586 states and takes 17 s of CPU, so the default suite checks 4 nodes for safety only");

    @Test
    void everyAlgorithmWithASpecHasThreeSizesAndAMutant() {
        var byAlgorithm = models().stream().collect(Collectors.groupingBy(Model::algorithm));
        assertFalse(byAlgorithm.isEmpty());
        byAlgorithm.forEach((algorithm, rows) -> {
            var sizes = rows.stream().filter(m -> !m.isMutant()).map(Model::nodes).collect(Collectors.toSet());
            List<Integer> needed = GAPS.containsKey(algorithm) ? List.of(3, 4) : List.of(3, 4, 5);
            assertTrue(sizes.containsAll(needed), algorithm + " has models for " + sizes + ", needs " + needed);
            assertTrue(rows.stream().anyMatch(Model::isMutant), algorithm + " has no mutant model");
        });
    }
}
