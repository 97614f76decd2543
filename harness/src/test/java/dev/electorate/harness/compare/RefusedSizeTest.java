package dev.electorate.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/** An algorithm that refuses some cluster sizes leaves those cells empty, and the tables say why. */
class RefusedSizeTest {

    /** Bully, but only for rings of at most four nodes. */
    static final class SmallBully implements Algorithm {
        private final Algorithm bully = Algorithms.byName("bully");

        @Override public String name() { return "small-bully"; }
        @Override public String tlaModule() { return null; }
        @Override public Assumptions assumptions() { return bully.assumptions(); }
        @Override public List<Mutant> mutants() { return List.of(); }
        @Override public OptionalInt expectedLeader(Cluster c, SortedSet<Integer> live) { return bully.expectedLeader(c, live); }
        @Override public long terminationBound(Cluster c) { return bully.terminationBound(c); }
        @Override public String electionMessageType() { return bully.electionMessageType(); }

        @Override
        public Node create(int self, Cluster cluster, String mutant) {
            if (cluster.size() > 4) {
                throw new IllegalArgumentException("small-bully runs on at most 4 nodes, got " + cluster.size());
            }
            return bully.create(self, cluster, mutant);
        }
    }

    @Test
    void refusedSizesAreEmptyWithTheReason() {
        Comparison.Result r = Comparison.run(new Comparison.Plan(List.of(new SmallBully()), new NodeRange(3, 5), 2, 1),
                Progress.quiet());
        assertTrue(r.cell("small-bully", 4, Scenario.NO_FAULTS).hasData());
        Cell refused = r.cell("small-bully", 5, Scenario.NO_FAULTS);
        assertFalse(refused.hasData());
        assertEquals("2 of 2 runs: the run of 5 nodes failed: java.lang.IllegalArgumentException: small-bully runs on at"
                + " most 4 nodes, got 5", refused.note());
        StringWriter text = new StringWriter();
        ConsoleTables.print(r, new PrintWriter(text));
        assertTrue(text.toString().contains("small-bully n=5 no faults: 2 of 2 runs: the run of 5 nodes failed"), text.toString());
        assertTrue(text.toString().matches("(?s).*\\n5  - \\[\\d+\\].*"), text.toString());
    }
}
