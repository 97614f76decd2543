package dev.electorate.harness.exhaustive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.io.BadInputException;
import dev.electorate.tla.TlaLibrary;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The exploration's bounds are the TLC model's constants, read from the shipped .cfg, never a copy. */
class ModelBoundsTest {

    private static String cfg(String config) throws Exception {
        try (InputStream in = TlaLibrary.open(config + ".cfg")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int constant(String cfg, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + name + "\\s*=\\s*(\\d+)").matcher(cfg);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    void theBoundsAreWhatTheShippedConfigurationSays() throws Exception {
        for (String algorithm : List.of("bully", "lelann", "raft", "paxos", "lamport")) {
            ModelBounds b = ModelBounds.choose(algorithm, 3, null, null);
            String text = cfg(b.config());
            assertEquals(constant(text, "MaxCrashes"), b.crashes(), b.config());
            assertEquals(constant(text, "MaxEarly"), b.early(), b.config());
            for (Map.Entry<String, Long> v : b.variables().entrySet()) {
                if (v.getKey().startsWith(ModelBounds.CONSTRAINT)) {
                    continue; // from the model's module, tested below
                }
                assertEquals(constant(text, v.getKey()), v.getValue().intValue(), b.config() + " " + v.getKey());
            }
        }
    }

    @Test
    void aMutantIsBoundedByItsOwnModelAndTheRingComesFromTheModule() {
        ModelBounds noAnswer = ModelBounds.choose("bully", 3, "no-answer", null);
        assertEquals("MCBully3_NoAnswer", noAnswer.config());
        ModelBounds lelann = ModelBounds.choose("lelann", 3, null, null);
        assertEquals("MCLeLann3Faults", lelann.config());
        assertEquals(List.of(3, 1, 2), lelann.members());
        ModelBounds replySmaller = ModelBounds.choose("hirschberg-sinclair", 3, "reply-smaller", null);
        assertEquals(2, replySmaller.members().size(), "the mutant's model has two nodes");
        assertEquals("MCRaft3", ModelBounds.choose("raft", 3, null, "MCRaft3").config());
    }

    @Test
    void maxConstantsBoundTheRecordedVariableTheyName() {
        assertTrue(ModelBounds.bounds("MaxTerm", "currentTerm"));
        assertTrue(ModelBounds.bounds("MaxEpoch", "epoch"));
        assertTrue(ModelBounds.bounds("MaxRound", "round"));
        assertFalse(ModelBounds.bounds("MaxTerm", "votedFor"));
        assertFalse(ModelBounds.bounds("MaxClock", "state"));
    }

    @Test
    void theModelsStateConstraintBoundsTheVariableItNames() {
        // MCLeLann3Faults.tla: EpochBound == \A n \in Node : epoch[n] <= 4. RingBase's MaxEpoch (2) gates
        // early timeouts and must not bound the epoch, in LeLann's model or in Chang-Roberts's (no constraint).
        ModelBounds lelann = ModelBounds.read("MCLeLann3Faults", "MCLeLann3Faults", 3);
        assertEquals(4L, lelann.variables().get(ModelBounds.CONSTRAINT + "epoch"));
        assertFalse(lelann.variables().containsKey("MaxEpoch"), lelann.variables().toString());
        assertEquals(2L, lelann.earlyEpochs());
        ModelBounds changRoberts = ModelBounds.read("MCChangRoberts3Faults", "MCChangRoberts3Faults", 3);
        assertEquals(Map.of(), changRoberts.variables());
        assertEquals(2L, changRoberts.earlyEpochs());
        assertEquals(-1L, ModelBounds.read("MCRaft3Faults", "MCRaft3Faults", 3).earlyEpochs());
        // MCItaiRodeh3Rounds.tla: RoundBound == \A n \in Node : round[n] <= MaxRound, MaxRound == 4 in the module.
        ModelBounds rounds = ModelBounds.read("MCItaiRodeh3Rounds", "MCItaiRodeh3Rounds", 3);
        assertEquals(Map.of(ModelBounds.CONSTRAINT + "round", 4L), rounds.variables());
        assertTrue(ModelBounds.bounds(ModelBounds.CONSTRAINT + "round", "round"));
        assertFalse(ModelBounds.bounds(ModelBounds.CONSTRAINT + "round", "rounds"));
        // A constraint over a sum, written out over the clients, bounds the sum: attempt[1] + attempt[2] <= 3.
        ModelBounds campaigns = ModelBounds.read("MCEtcdRecipe3Faults", "MCEtcdRecipe3Faults", 3);
        assertEquals(Map.of("MaxAttempts", 2L, ModelBounds.SUM + "attempt", 3L), campaigns.variables());
        assertFalse(ModelBounds.bounds(ModelBounds.SUM + "attempt", "attempt"), "a sum bounds no single node");
        // A budget bounds what it counts: MaxAttempts the attempt.
        assertTrue(ModelBounds.bounds("MaxAttempts", "attempt"));
        // The recipes' expiries of a session or lease in use are spent as early timeouts.
        assertEquals(1, ModelBounds.read("MCZkRecipe3Faults", "MCZkRecipe3Faults", 3).early());
        assertEquals(1, ModelBounds.read("MCEtcdRecipe3Pause", "MCEtcdRecipe3Pause", 3).early());
        assertEquals(0, campaigns.early());
        // No constraint at all.
        assertEquals(Map.of("MaxTerm", 2L), ModelBounds.read("MCRaft3Faults", "MCRaft3Faults", 3).variables());
    }

    @Test
    void theConformanceModelsBoundTheirEpochsAndRoundsForBothSides() {
        // The rings' conformance models: EpochBound == \A n \in Node : epoch[n] <= 2, read as TLC's constraint is;
        // MaxEpoch 1 grants no early leader timeout; one crash, LeLann's of node 3 alone.
        for (String config : List.of("MCChangRoberts3Conformance", "MCLeLann3Conformance")) {
            ModelBounds ring = ModelBounds.read(config, config, 3);
            assertEquals(Map.of(ModelBounds.CONSTRAINT + "epoch", 2L), ring.variables(), config);
            assertEquals(1L, ring.earlyEpochs(), config);
            assertEquals(1, ring.crashes(), config);
            assertEquals(List.of(3, 1, 2), ring.members(), config);
        }
        assertEquals(Set.of(3), ModelBounds.read("MCLeLann3Conformance", "MCLeLann3Conformance", 3).crashable());
        // Paxos's: round 1 only, one early timeout, one crash.
        ModelBounds paxos = ModelBounds.read("MCPaxos3Conformance", "MCPaxos3Conformance", 3);
        assertEquals(1L, paxos.variables().get("MaxRound"));
        assertEquals(1, paxos.early());
        assertEquals(1, paxos.crashes());
        // They are not the explorer's defaults: those stay the first passing model granting as many kinds of fault.
        assertEquals("MCPaxos3Faults", ModelBounds.choose("paxos", 3, null, null).config());
        assertEquals("MCChangRoberts3Faults", ModelBounds.choose("chang-roberts", 3, null, null).config());
    }

    @Test
    void theModelIsChosenByItsConstantsNotItsName() {
        // A mutant's model is the one whose .cfg sets Mutant to it.
        assertEquals("MCRaft3_ForgetVote", ModelBounds.choose("raft", 3, "forget-vote", null).config());
        assertEquals("MCLamportElection3_KeepLeading", ModelBounds.choose("lamport", 3, "keep-leading", null).config());
        // Never a check of an inductive invariant, which starts from arbitrary states, not from a run's start.
        assertEquals("MCBully3_AssumeAtOnce", ModelBounds.choose("bully", 3, "assume-at-once", null).config());
        // A mutant without a model of its own gets the unmutated default.
        assertEquals(ModelBounds.choose("lamport", 3, null, null).config(),
                ModelBounds.choose("lamport", 3, "clock-only", null).config());
        // Unmutated: the first passing model whose constants grant a fault within the assumptions (the recipes'
        // expiries of a session or lease in use are pauses, outside theirs: MCZkRecipe3Free's give-ups count,
        // its expiries do not, and MCZkRecipe3Crash comes first).
        for (String[] pick : new String[][] {{"bully", "MCBully3"}, {"lelann", "MCLeLann3Faults"},
                {"chang-roberts", "MCChangRoberts3Faults"}, {"raft", "MCRaft3Faults"}, {"paxos", "MCPaxos3Faults"},
                {"lamport", "MCLamportElection3Faults"}, {"zookeeper", "MCZkRecipe3Crash"},
                {"etcd", "MCEtcdRecipe3Faults"}, {"itai-rodeh", "MCItaiRodeh3"},
                {"hirschberg-sinclair", "MCHirschbergSinclair3"}}) {
            assertEquals(pick[1], ModelBounds.choose(pick[0], 3, null, null).config(), pick[0]);
        }
    }

    @Test
    void anUnknownModelOrSizeIsBadInput() {
        assertThrows(BadInputException.class, () -> ModelBounds.choose("bully", 3, null, "MCNope3"));
        assertThrows(BadInputException.class, () -> ModelBounds.choose("bully", 9, null, null));
    }
}
