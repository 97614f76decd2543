package dev.electorate.tla;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TLC checks every model of the manifest (models.tsv): each algorithm's models pass, reach every
 * witness the manifest lists for them (the dangerous situations their properties are about) and keep
 * the distinct states and depth it records; each mutant's model fails for the stated reason (the
 * properties are not vacuous).
 *
 * <p>With {@code -Delectorate.models.update=true} the figures of the models checked are written back
 * into src/main/tla/models.tsv and the README table is regenerated, instead of failing on a drift (a
 * wrong verdict or a witness not reached still fails).
 */
@Execution(ExecutionMode.CONCURRENT) // two TLC processes at a time, each with its own temporary folder
class ModelsTest {

    @TempDir
    static Path work;

    /** The runs of this test class, by configuration, for the update mode. */
    private static final Map<String, ModelRun> RUNS = new ConcurrentHashMap<>();

    @BeforeAll
    static void extract() {
        TlaLibrary.extractTo(work);
    }

    /**
     * The models to check: the default suite's (the long suite's too with {@code -Delectorate.long=true}),
     * or with {@code -Delectorate.models=lelann,chang-roberts} only those algorithms' rows.
     */
    static List<Model> models() {
        boolean longRun = Boolean.getBoolean("electorate.long");
        List<String> only = List.of(System.getProperty("electorate.models", "").split(",")).stream()
                .map(String::trim).filter(a -> !a.isEmpty()).toList();
        // -Delectorate.long.only=true checks the long suite's models alone (to record their figures).
        boolean longOnly = Boolean.getBoolean("electorate.long.only");
        return Models.all().stream()
                .filter(m -> longOnly ? m.suite() == Model.Suite.LONG
                        : m.suite() == Model.Suite.DEFAULT || (longRun && m.suite() == Model.Suite.LONG))
                .filter(m -> only.isEmpty() || only.contains(m.algorithm())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void tlcGivesTheExpectedVerdictAndReachesTheWitnesses(Model model) {
        // The timeout catches a hung TLC; the largest default model takes about 2.5 minutes on an idle
        // 2-core machine and twice that on a busy one.
        ModelRun run = new Tlc(work).timeout(Duration.ofMinutes(10)).check(model);
        RUNS.put(model.config(), run);
        System.out.printf("%-32s %-22s %,10d states  depth %3d  %6.1f s  witnesses %s%n", model.config(),
                run.result().label(), run.result().stats().distinctStates(), run.result().stats().depth(),
                run.result().stats().seconds(), run.reached());
        List<String> problems = run.problems();
        if (Manifest.updating()) {
            // A drift is recorded rather than failed; a wrong verdict or a missing witness still fails.
            problems = problems.stream().filter(p -> p.contains(" should be ") || p.contains("never reaches")).toList();
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems)
                + (Manifest.updating() ? "" : "\n(if the change is intended: " + Manifest.UPDATE_COMMAND + ")"));
    }

    @AfterAll
    static void update() {
        if (Manifest.updating() && !RUNS.isEmpty()) {
            Manifest.write(Manifest.sourceModels().stream()
                    .map(m -> RUNS.containsKey(m.config()) ? RUNS.get(m.config()).measured() : m).toList());
        }
    }

    /** Sizes not checked yet, with the reason; tla/README.md says the same. */
    static final Map<String, String> GAPS = Map.of(
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

    /** Sizes count in the default and the long suite alike: both are checked, and the manifest holds both's figures. */
    @Test
    void everyAlgorithmWithASpecHasThreeSizesAndAMutant() {
        var byAlgorithm = Models.all().stream().filter(m -> m.suite() != Model.Suite.SIMULATE)
                .collect(Collectors.groupingBy(Model::algorithm));
        assertFalse(byAlgorithm.isEmpty());
        byAlgorithm.forEach((algorithm, rows) -> {
            var sizes = rows.stream().filter(m -> !m.isMutant() && !m.isInductive()).map(Model::nodes).collect(Collectors.toSet());
            List<Integer> needed = GAPS.containsKey(algorithm) ? List.of(3, 4) : List.of(3, 4, 5);
            assertTrue(sizes.containsAll(needed), algorithm + " has models for " + sizes + ", needs " + needed);
            assertTrue(rows.stream().anyMatch(Model::isMutant), algorithm + " has no mutant model");
        });
    }
}
