package dev.electorate.harness.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.io.BadInputException;
import dev.electorate.spec.FaultClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --assume admits exactly the fault classes it lists (plus none), and rejects what it does not know. */
class DeclarationTest {

    @Test
    void theDefaultIsCrashStopOverReliableLinks() {
        Declaration d = Declaration.parse(List.of(), "any", 100);
        assertEquals(List.of(FaultClass.NONE, FaultClass.CRASH), d.assumptions().admitted());
        assertTrue(d.assumptions().reliableLinks());
    }

    @Test
    void eachListedClassIsAdmittedAndNoOther() {
        for (FaultClass f : FaultClass.values()) {
            if (f == FaultClass.NONE || f == FaultClass.MIXED) {
                continue;
            }
            Declaration d = Declaration.parse(List.of(f.cliName()), "any", 100);
            assertEquals(List.of(FaultClass.NONE, f), d.assumptions().admitted(), "--assume " + f);
        }
        assertEquals(List.of(FaultClass.values()), Declaration.parse(List.of("mixed"), "any", 100)
                .assumptions().admitted());
    }

    @Test
    void unknownNamesAreBadInput() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Declaration.parse(List.of("crash", "byzantine"), "any", 100));
        assertTrue(e.getMessage().contains("--assume") && e.getMessage().contains("byzantine"), e.getMessage());
        assertThrows(BadInputException.class, () -> Declaration.parse(List.of(), "tallest", 100));
        assertThrows(BadInputException.class, () -> Declaration.parse(List.of(), "any", 0));
    }
}
