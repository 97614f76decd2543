package dev.electorate.impl.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.ProbeContext;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reference node comes up the same way at its start and after a crash, taking back what it persisted
 * first, and records one step for each; it knows its mutant. Exclusive timers leave one timer running.
 */
class ReferenceNodeTest {

    /** Notes the order of its hooks and keeps one durable number. */
    static final class Counter extends ReferenceNode {
        final List<String> calls = new ArrayList<>();
        long count;

        Counter(String mutant) {
            super(mutant);
        }

        @Override
        protected void recover(Context ctx, Object durable) {
            calls.add("recover " + durable);
            if (durable instanceof Long c) {
                count = c;
            }
        }

        @Override
        protected void comeUp(Context ctx) {
            calls.add("comeUp");
            leader = ctx.self();
        }

        @Override
        protected void record(Context ctx, String action) {
            calls.add("record " + action);
            ctx.record(action, Map.of("count", count, "leader", leader));
        }

        @Override
        public void receive(Context ctx, int from, Message message) {
            record(ctx, "Receive");
        }

        @Override
        public void timeout(Context ctx, String timer) {
            record(ctx, "Timeout");
        }

        @Override
        public Role role() {
            return Role.FOLLOWER;
        }
    }

    @Test
    void aStartComesUpThenRecordsStart() {
        Counter node = new Counter(null);
        assertEquals(Cluster.NONE, node.leader());
        ProbeContext ctx = new ProbeContext(2);
        node.start(ctx);
        assertEquals(List.of("comeUp", "record Start"), node.calls);
        assertEquals("Start", ctx.action);
        assertEquals(2, node.leader());
        assertEquals(0, node.term());
    }

    @Test
    void aRestartRecoversWhatItPersistedBeforeItComesUp() {
        Counter node = new Counter(null);
        ProbeContext ctx = new ProbeContext(3);
        node.restart(ctx, 7L);
        assertEquals(List.of("recover 7", "comeUp", "record Restart"), node.calls);
        assertEquals(Map.of("count", 7L, "leader", 3), ctx.vars);
        assertEquals("Restart", ctx.action);
    }

    @Test
    void aNodeKnowsTheMutantItRunsAsAndNoOther() {
        assertTrue(new Counter("forget-count").is("forget-count"));
        assertFalse(new Counter("forget-count").is("forget-leader"));
        assertFalse(new Counter(null).is("forget-count"));
    }

    @Test
    void exclusiveTimersLeaveOnlyTheArmedOneRunning() {
        ExclusiveTimers timers = new ExclusiveTimers("a", "b", "c");
        ProbeContext ctx = new ProbeContext(1);
        ctx.setTimer("a", 5);
        ctx.setTimer("c", 9);
        timers.armOnly(ctx, "b", 4);
        assertEquals(Map.of("b", 4L), ctx.timers);
        ctx.setTimer("a", 5);
        timers.cancelAllBut(ctx, "b");
        assertEquals(Map.of("b", 4L), ctx.timers, "the kept timer is left as it was");
    }
}
