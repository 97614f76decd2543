package dev.electorate.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLC's printed values and the values a Java node records meet in one canonical text; a dump reads back whole. */
class TlcValueTest {

    @Test
    void equalValuesWrittenDifferentlyHaveOneCanonicalText() {
        assertEquals(TlcValue.canonical("<<\"a\", 2>>"), TlcValue.canonical("(1 :> \"a\" @@ 2 :> 2)"));
        assertEquals(TlcValue.canonical("{3, 1, 2}"), TlcValue.canonical("{1, 2, 3}"));
        assertEquals(TlcValue.canonical("[b |-> 1, a |-> {}]"), TlcValue.canonical("[a |-> {}, b |-> 1]"));
        assertEquals(TlcValue.canonical("{[to |-> 2, type |-> \"x\"],\n  [to |-> 1, type |-> \"x\"]}"),
                TlcValue.canonical("{[type |-> \"x\", to |-> 1], [type |-> \"x\", to |-> 2]}"));
        // What a Java node records, written by TlaValue, meets what TLC prints.
        assertEquals(TlcValue.canonical(TlaValue.of(new TreeSet<>(List.of(3, 2)))), TlcValue.canonical("{2, 3}"));
        assertEquals(TlcValue.canonical(TlaValue.of(Map.of("term", 2L))), TlcValue.canonical("[term |-> 2]"));
        assertEquals(TlcValue.canonical(TlaValue.of(List.of())), TlcValue.canonical("<<>>"));
    }

    @Test
    void differentValuesStayApart() {
        assertNotEquals(TlcValue.canonical("{1, 2}"), TlcValue.canonical("<<1, 2>>"));
        assertNotEquals(TlcValue.canonical("<<1, 2>>"), TlcValue.canonical("<<2, 1>>"));
        assertNotEquals(TlcValue.canonical("\"1\""), TlcValue.canonical("1"));
        assertNotEquals(TlcValue.canonical("(2 :> 1)"), TlcValue.canonical("<<1>>"));
    }

    @Test
    void aFunctionOfTheNodesGivesEachNodesValue() {
        assertEquals(Map.of("1", "\"Idle\"", "2", "\"Leader\""), TlcValue.entries("<<\"Idle\", \"Leader\">>"));
        assertEquals(Map.of("3", "{1, 3}", "5", "{}"), TlcValue.entries("(3 :> {3, 1} @@ 5 :> {})"));
        assertThrows(IllegalArgumentException.class, () -> TlcValue.entries("{1, 2}"));
    }

    @Test
    void malformedValuesAreRejectedWithWhereTheyBreak() {
        for (String bad : List.of("<<1, 2", "{1 2}", "[a |-> ]", "(1 :> 2 @@)", "1 2", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TlcValue.canonical(bad),
                    bad);
            assertEquals(true, e.getMessage().contains("at character"), e.getMessage());
        }
    }

    @Test
    void aDumpReadsBackStateByStateAndTheConfigurationLosesItsChecks(@TempDir Path dir) throws Exception {
        Path dump = dir.resolve("d.dump");
        Files.writeString(dump, "State 1:\n/\\ x = <<0, 0>>\n/\\ m = {}\n\nState 2:\n/\\ x = <<1, 0>>\n"
                + "/\\ m = { [a |-> 1],\n  [a |-> 2] }\n\n");
        List<Map<String, String>> states = new ArrayList<>();
        assertEquals(2, TlcDump.read(dump, states::add));
        assertEquals(Map.of("x", "<<0, 0>>", "m", "{}"), states.get(0));
        assertEquals("{[a |-> 1], [a |-> 2]}", TlcValue.canonical(states.get(1).get("m")));

        String cfg = "CONSTANTS\n    N = 3\n    Boot = \"settled\"\nSPECIFICATION Spec\nINVARIANTS TypeOK\n"
                + "    Uniqueness\nPROPERTIES Termination\nVIEW View\n";
        String rewritten = TlcDump.rewrite(cfg, Map.of("Boot", "\"together\""));
        assertEquals("CONSTANTS\n    N = 3\n    Boot = \"together\"\nSPECIFICATION Spec\nVIEW View\n\n", rewritten);
    }
}
