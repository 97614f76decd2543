package dev.electorate.harness.tla;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import dev.electorate.tla.TraceValidator;
import dev.electorate.tla.TraceVerdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trace validation is not vacuous: for each of the ten algorithms, traces of one of its Java
 * mutants (listed by its descriptor) leave the specification at a step of the action the mutant
 * gets wrong, and the same seeds' unmutated traces are behaviours of the specification. Mutants that
 * send too little are rejected at the step that should have sent the message, by matching sends.
 */
@Execution(ExecutionMode.CONCURRENT) // one TLC process per core (junit-platform.properties)
class MutantTracesRejectedTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
            "bully, no-answer, crash-recover, 30, ReceiveElection",
            "lelann, declare-own-id, none, 6, ReceiveElection",
            "chang-roberts, forward-smaller, none, 8, ReceiveElection",
            "hirschberg-sinclair, reply-smaller, none, 3, ReceiveProbe",
            "lamport, declare-early, none, 6, ReceiveOk",
            "itai-rodeh, tie-wins, none, 12, ReceiveElection",
            "raft, grant-any-vote, none, 10, ReceiveRequestVote",
            "paxos, ignore-higher-ballot, partition, 8, ReceiveNack|ReceivePrepare|ReceiveHeartbeat",
            "zookeeper, lead-without-lowest, none, 1, ReceiveCreated",
            "etcd, skip-wait, none, 2, ReceivePutResult",
            // The options' and the recipes' subtler mutants: a pre-vote majority taken for votes, a watch
            // resumed past an expired lease, children ordered by name.
            "raft+pre-vote, pre-vote-as-vote, none, 6, StartElection",
            "etcd, resume-after-expiry, partition, 12, LeaseTimeout",
            "zookeeper, order-by-name, loss, 12, ReceiveChildren",
            // Mutants that send too little and change no recorded variable: caught where the message
            // should have been sent, by matching sends (a receipt-only check accepted the Hirschberg-Sinclair
            // and Itai-Rodeh ones, and caught the others only at a later receipt or timeout).
            "lelann, drop-announcement, none, 3, ReceiveAlive",
            "chang-roberts, drop-announcement, none, 3, ReceiveElected",
            "hirschberg-sinclair, drop-elected, none, 3, ReceiveElected",
            "lamport, silent-declare, none, 3, ReceiveOk|AnswerTimeout",
            "itai-rodeh, drop-elected, none, 6, ReceiveElected"})
    void mutantTracesAreRejectedAtTheMutatedAction(String name, String mutant, String faults, int seeds, String actions) {
        Assumptions.assumeTrue(TraceValidationTest.selected(name), "-Delectorate.tv.only leaves " + name + " out");
        Algorithm algorithm = Algorithms.byName(name);
        assertTrue(algorithm.mutants().stream().anyMatch(m -> m.name().equals(mutant)),
                name + "'s descriptor lists no mutant " + mutant);
        // The same seeds with and without the mutant: the unmutated traces must all hold, so a rejection
        // is the mutant's doing.
        List<Trace> traces = new ArrayList<>();
        for (String variant : new String[] {null, mutant}) {
            for (long seed = 1; seed <= seeds; seed++) {
                traces.add(Runs.execute(Runs.generate(algorithm, variant, 3 + (int) (seed % 3),
                        FaultClass.parse(faults), seed)));
            }
        }
        List<TraceVerdict> verdicts = new TraceValidator(work).validate(algorithm.tlaModule(), traces);
        List<String> refused = verdicts.subList(0, seeds).stream().filter(v -> !v.holds())
                .map(TraceVerdict::describe).toList();
        assertTrue(refused.isEmpty(), "unmutated " + name + " traces refused:\n" + String.join("\n", refused));
        List<TraceVerdict> rejected = verdicts.subList(seeds, 2 * seeds).stream().filter(v -> !v.accepted()).toList();
        assertTrue(!rejected.isEmpty(), "no " + mutant + " trace of " + seeds + " seeds is rejected");
        Set<String> expected = Set.of(actions.split("\\|"));
        for (TraceVerdict v : rejected) {
            assertTrue(v.error() == null, v.describe());
            assertNotNull(v.firstUnmatched(), v.describe());
            assertTrue(v.describe().contains("first unmatched step " + v.firstUnmatched().index()), v.describe());
            assertTrue(expected.contains(v.firstUnmatched().action()), mutant + " should be caught at a step of "
                    + expected + ", not: " + v.describe());
        }
        System.out.println(name + "/" + mutant + ": " + rejected.size() + " of " + seeds + " traces rejected at "
                + rejected.stream().map(v -> v.firstUnmatched().action()).collect(Collectors.toCollection(java.util.TreeSet::new))
                + "; e.g. " + rejected.get(0).describe());
    }
}
