package dev.electorate.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The manifest (models.tsv) is whole and the README's models table is generated from it: every
 * model file is in it, every passing model names its witnesses, every algorithm's models together
 * reach the four dangerous situations unless the algorithm cannot have them, and the README shows
 * exactly the manifest's figures.
 */
class ManifestTest {

    /** The situations every algorithm's passing models must reach between them. */
    static final List<String> CORE = List.of("WitnessRivals", "WitnessFailover", "WitnessRestart", "WitnessStale");

    /** Why the ring elections reach WitnessStaleEpoch instead of WitnessStale. */
    static final String RING_STALE = "the ring leaders lead in term 0, so a stale leader beside a newer one would be two"
            + " live leaders, which Uniqueness forbids; the models reach WitnessStaleEpoch instead (a live leader while"
            + " a live node is already in a newer epoch), and no model reached the strict form (a live node of a newer"
            + " epoch naming another leader) within one crash";

    /** Core witnesses an algorithm cannot reach, with the reason (tla/README.md says the same). */
    static final Map<String, Map<String, String>> CANNOT = Map.of(
            "lelann", Map.of("WitnessStale", RING_STALE),
            "chang-roberts", Map.of("WitnessStale", RING_STALE),
            "hirschberg-sinclair", Map.of(
                    "WitnessFailover", "one election, no crash: the algorithm has no failure to recover from",
                    "WitnessRestart", "the algorithm assumes no crash",
                    "WitnessStale", "one election: no newer leader can follow"),
            "itai-rodeh", Map.of(
                    "WitnessFailover", "one election, no crash: the algorithm has no failure to recover from",
                    "WitnessRestart", "the algorithm assumes no crash",
                    "WitnessStale", "one election: no newer leader can follow"));

    /**
     * Passing models that meet no contest, with the reason: each is there for another situation, and
     * other models of the same algorithm meet the contest.
     */
    static final Map<String, String> NO_CONTEST = Map.of(
            "MCRaft4", "Termination of the first election at 4 nodes under the synchrony oracle, one term: one"
                    + " campaign at a time by construction (with one early timeout it did not finish in 10 minutes;"
                    + " MCRaft4Split meets the contest and a split vote at 4 nodes)",
            "MCRaft3PreVote", "Termination of the first election with PreVote and CheckQuorum under the synchrony"
                    + " oracle, one term (with one early event Termination fails: no term left to elect in);"
                    + " MCRaft3PreVoteFaults meets the contest with the options",
            "MCLamportElection4", "settled, one crash of a non-leader, oracles kept: the restarted node is the only"
                    + " candidate there ever is (a restart at 4 nodes under Termination; MCLamportElection4Free has rivals)",
            "MCLamportElection5", "settled, one crash of a non-leader, oracles kept: the restarted node is the only"
                    + " candidate there ever is (a restart at 5 nodes under Termination; MCLamportElection5Sim has rivals)");

    @Test
    void theReadmeTableIsTheManifests() throws IOException {
        List<Model> models = Manifest.sourceModels();
        String readme = Files.readString(Manifest.readmeFile(), StandardCharsets.UTF_8);
        String generated = ModelsTable.replaceIn(readme, models);
        if (Manifest.updating()) {
            Files.writeString(Manifest.readmeFile(), generated, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, readme, "tla/README.md's models table differs from src/main/tla/models.tsv;"
                + " regenerate it: mvn -B -pl tla test -Dtest=ManifestTest -Delectorate.models.update=true");
    }

    @Test
    void everyModelFileIsInTheManifestAndEveryRowHasItsFiles() throws IOException {
        Map<String, Path> files = sourceFilesByName();
        List<Model> models = Manifest.sourceModels();
        Set<String> configs = models.stream().map(Model::config).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Model m : models) {
            if (!files.containsKey(m.module() + ".tla")) {
                problems.add(m.config() + ": no " + m.module() + ".tla");
            }
            if (!files.containsKey(m.config() + ".cfg")) {
                problems.add(m.config() + ": no " + m.config() + ".cfg");
            }
        }
        files.keySet().stream().filter(n -> n.endsWith(".cfg"))
                .map(n -> n.substring(0, n.length() - 4)).filter(c -> !configs.contains(c))
                .forEach(c -> problems.add(c + ".cfg is in no manifest row: add it to models.tsv or delete it"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyFileNameIsUniqueAcrossTheAlgorithmFolders() throws IOException {
        sourceFilesByName();
    }

    /** The TLA+ sources by file name, failing when two folders hold the same name (TLC sees them flat). */
    static Map<String, Path> sourceFilesByName() throws IOException {
        Path root = Manifest.manifestFile().getParent();
        Map<String, Path> byName = new java.util.TreeMap<>();
        List<String> clashes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(p -> {
                Path before = byName.put(p.getFileName().toString(), p);
                if (before != null) {
                    clashes.add(root.relativize(before) + " and " + root.relativize(p)
                            + " share a file name; modules are copied into one folder for TLC, so rename one");
                }
            });
        }
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
        return byName;
    }

    @Test
    void everyPassingModelNamesItsWitnessesAndEachAlgorithmMeetsTheDangerousSituations() {
        List<String> problems = new ArrayList<>();
        List<Model> passing = Manifest.sourceModels().stream()
                .filter(m -> !m.isMutant() && !m.isInductive() && m.suite() != Model.Suite.SIMULATE).toList();
        for (Model m : passing) {
            if (!m.witnesses().containsKey("WitnessRivals") && !NO_CONTEST.containsKey(m.config())) {
                problems.add(m.config() + " does not list WitnessRivals (two candidates or rival election"
                        + " messages at once): a model that never meets a contest verifies little");
            }
        }
        passing.stream().collect(Collectors.groupingBy(Model::algorithm)).forEach((algorithm, rows) -> {
            Set<String> reached = new TreeSet<>();
            rows.forEach(m -> reached.addAll(m.witnesses().keySet()));
            Map<String, String> cannot = CANNOT.getOrDefault(algorithm, Map.of());
            for (String w : CORE) {
                if (!reached.contains(w) && !cannot.containsKey(w)) {
                    problems.add(algorithm + ": no passing model reaches " + w);
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theManifestReadsBackWhatItWrites() {
        List<Model> models = Manifest.sourceModels();
        assertEquals(models, Models.parse(List.of(Models.format(models).split("\n")), "round trip"));
    }

    @Test
    void aMalformedManifestLineIsRejectedWithItsLineNumber() {
        var tooFew = assertThrows(IllegalStateException.class,
                () -> Models.parse(List.of(Models.HEADER, "raft\t3\tMCRaft3\tMCRaft3\tpass"), "m.tsv"));
        assertTrue(tooFew.getMessage().startsWith("m.tsv line 2: expected 11"), tooFew.getMessage());
        var badWitness = assertThrows(IllegalStateException.class, () -> Models.parse(List.of(
                "raft\t3\tMCRaft3\tMCRaft3\tpass\t1\t1\tRivals@3\tdefault\t1.0\t"), "m.tsv"));
        assertTrue(badWitness.getMessage().contains("must be named Witness"), badWitness.getMessage());
        var badSuite = assertThrows(IllegalStateException.class, () -> Models.parse(List.of(
                "raft\t3\tMCRaft3\tMCRaft3\tpass\t1\t1\t-\tnightly\t1.0\t"), "m.tsv"));
        assertTrue(badSuite.getMessage().contains("unknown suite 'nightly'"), badSuite.getMessage());
    }
}
