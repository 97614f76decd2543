package dev.electorate.harness.exhaustive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A TLC state and a Java node's recorded variables meet in one projection, per node, down or not. */
class SpecProjectionTest {

    @Test
    void aJavaNodeAndTheSpecStateItRecordsProjectAlike() {
        SpecProjection p = new SpecProjection(List.of(1, 2), Map.of(1, Set.of("state", "votes"), 2, Set.of("state", "votes")));
        Map<String, Object> java = new LinkedHashMap<>();
        java.put("votes", new TreeSet<>(List.of(2, 1)));
        java.put("state", "Leader");
        List<String> spec = p.views(Map.of("state", "<<\"Leader\", \"Follower\">>", "votes", "<<{1, 2}, {}>>",
                "up", "<<TRUE, TRUE>>", "msgs", "{}"));
        assertEquals(spec.get(0), p.nodeView(java));
        assertNotEquals(spec.get(1), p.nodeView(java));
    }

    @Test
    void aNodeIsDownAsItsSpecSaysIt() {
        SpecProjection p = new SpecProjection(List.of(1, 2), Map.of(1, Set.of("state"), 2, Set.of("state")));
        assertEquals(List.of("state=\"Leader\"", SpecProjection.DOWN),
                p.views(Map.of("state", "<<\"Leader\", \"Down\">>", "up", "<<TRUE, FALSE>>")));
        SpecProjection recipe = new SpecProjection(List.of(1, 2, 3),
                Map.of(1, Set.of("phase"), 2, Set.of("phase"), 3, Set.of("sessions")));
        // The clients' variables are functions of the clients; the service's are held once.
        assertEquals(List.of("phase=\"Leading\"", SpecProjection.DOWN, "sessions={1, 2}"),
                recipe.views(Map.of("phase", "(1 :> \"Leading\" @@ 2 :> \"Down\")", "sessions", "{2, 1}",
                        "status", "<<\"Up\", \"Down\", \"Up\">>")));
    }

    @Test
    void aRecordedVariableTheSpecLacksCannotBeCompared() {
        SpecProjection p = new SpecProjection(List.of(1), Map.of(1, Set.of("ballot")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> p.views(Map.of("state", "<<\"Idle\">>")));
        assertEquals(true, e.getMessage().contains("ballot"), e.getMessage());
    }
}
