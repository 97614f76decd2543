package dev.electorate.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.io.Json;
import dev.electorate.harness.report.ComparePage;
import dev.electorate.impl.Algorithms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare hands over its cells as each (algorithm, n) finishes, so compare.json holds every cell
 * measured so far ({@code "complete": false}) when a run is stopped half-way; the last write is whole.
 */
class CellsAsTheyComeTest {

    @Test
    void eachFinishedSizeIsHandedOverAndWritten(@TempDir Path out) throws Exception {
        Comparison.Plan plan = new Comparison.Plan(List.of(Algorithms.byName("bully"), Algorithms.byName("raft")),
                new NodeRange(3, 4), 2, 1);
        List<Integer> seen = new ArrayList<>();
        Comparison.Result whole = Comparison.run(plan, Progress.quiet(),
                soFar -> {
                    seen.add(soFar.cells().size());
                    ComparePage.writePartial(soFar, out);
                });
        assertEquals(List.of(2, 4, 6, 8), seen, "two cells (no faults, leader crash) per finished (algorithm, n)");
        JsonNode partial = Json.MAPPER.readTree(out.resolve(ComparePage.DATA).toFile());
        assertFalse(partial.get("complete").asBoolean());
        assertEquals(8, partial.get("cells").size());
        ComparePage.write(whole, out);
        JsonNode done = Json.MAPPER.readTree(out.resolve(ComparePage.DATA).toFile());
        assertTrue(done.get("complete").asBoolean());
        assertEquals(whole.cells().size(), done.get("cells").size());
    }
}
