package dev.electorate.impl.zookeeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.common.FencedWrites;
import dev.electorate.impl.zookeeper.Messages.Write;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fenced-writes check rejects a stale write the service accepted and accepts refused ones. */
class FencedWritesTest {

    private static final Cluster CLUSTER = Cluster.ofSize(3); // service 3, clients 1 and 2

    private static Trace trace(Object... writes) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < writes.length; i += 3) {
            int from = (Integer) writes[i];
            long token = (Long) writes[i + 1];
            String action = (String) writes[i + 2];
            steps.add(Step.receive(steps.size(), 10L * steps.size(), 3, action, from,
                    new Write(from * 1024L + from, token), List.of(), Map.of("fence", token), Role.FOLLOWER, 1, 1));
        }
        return new Trace(new TraceHeader("zookeeper", null, CLUSTER, 1, "pause", 0, 100, 200), steps);
    }

    @Test
    void aStaleWriteAcceptedIsCaught() {
        Trace bad = trace(1, 1L, "AcceptWrite", 2, 2L, "AcceptWrite", 1, 1L, "AcceptWrite");
        var found = FencedWrites.of(bad).stale();
        assertTrue(found.isPresent());
        assertTrue(found.get().startsWith("step 2 "), found.get());
        assertTrue(found.get().contains("node 1's write with token 1 after node 2's write with token 2"), found.get());
    }

    @Test
    void aStaleWriteRefusedAndRepeatedTokensPass() {
        Trace ok = trace(1, 1L, "AcceptWrite", 1, 1L, "AcceptWrite", 2, 2L, "AcceptWrite", 1, 1L, "RejectWrite",
                2, 2L, "AcceptWrite");
        assertTrue(FencedWrites.of(ok).stale().isEmpty());
        assertEquals(1, FencedWrites.of(ok).rejected());
    }
}
