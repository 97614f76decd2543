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
    void anUnknownModelOrSizeIsBadInput() {
        assertThrows(BadInputException.class, () -> ModelBounds.choose("bully", 3, null, "MCNope3"));
        assertThrows(BadInputException.class, () -> ModelBounds.choose("bully", 9, null, null));
    }
}
