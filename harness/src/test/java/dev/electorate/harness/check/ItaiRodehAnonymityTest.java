package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.itairodeh.ItaiRodehAlgorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Itai-Rodeh decides nothing by node ids: the same seed on a ring whose ids are renamed in reverse
 * order (so every comparison of ids would flip) gives the same run, position by position, with
 * only the leader's name renamed.
 */
class ItaiRodehAnonymityTest {

    /** What position p of the ring does at each step, ids replaced by ring positions. */
    private static List<String> byPosition(Trace trace) {
        Cluster c = trace.header().cluster();
        List<String> out = new ArrayList<>();
        for (Step s : trace.steps()) {
            Map<String, Object> v = s.vars();
            int leader = (Integer) v.get("leader");
            out.add(s.time() + " " + c.position(s.node()) + " " + s.action() + " " + v.get("state") + " id=" + v.get("id")
                    + " round=" + v.get("round") + " leader=" + (leader == 0 ? "none" : c.position(leader))
                    + " sent=" + s.sent().size());
        }
        return out;
    }

    @Test
    void reversingTheIdsChangesNothingButNames() {
        ItaiRodehAlgorithm algorithm = new ItaiRodehAlgorithm(2);
        for (int n = 3; n <= 6; n++) {
            int size = n;
            List<Integer> ascending = IntStream.rangeClosed(1, n).boxed().toList();
            List<Integer> descending = IntStream.rangeClosed(1, n).map(i -> 10 * (size + 1 - i)).boxed().toList();
            for (long seed = 1; seed <= 25; seed++) {
                Trace a = Runs.execute(new RunSpec(algorithm, null, ascending, seed, FaultClass.NONE,
                        FaultSchedule.NONE));
                Trace b = Runs.execute(new RunSpec(algorithm, null, descending, seed, FaultClass.NONE,
                        FaultSchedule.NONE));
                assertEquals(byPosition(a), byPosition(b), "n = " + n + ", seed " + seed);
            }
        }
    }
}
