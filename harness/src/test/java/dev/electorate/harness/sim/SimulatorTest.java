package dev.electorate.harness.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The simulator's network, faults and clocks behave as documented. */
class SimulatorTest {

    private static final Cluster THREE = Cluster.ofSize(3);

    /** Node 1 sends 50 numbered messages to node 2 at start. */
    private static Algorithm burst() {
        return ProbeNode.algorithm((ctx, node) -> {
            if (ctx.self() == 1) {
                for (int i = 0; i < 50; i++) {
                    ctx.send(2, new ProbeNode.Probe(i));
                }
            }
        });
    }

    private static List<Step> run(Algorithm algorithm, FaultSchedule schedule, long seed, long horizon) {
        List<Step> steps = new ArrayList<>();
        new Simulator(algorithm, null, THREE, Network.DEFAULT, schedule, new SeededChoices(seed), steps::add)
                .run(horizon);
        return steps;
    }

    private static List<String> received(int node) {
        return ProbeNode.SEEN.getOrDefault(node, List.of()).stream().filter(s -> s.startsWith("recv")).toList();
    }

    @Test
    void linksAreFifoWithoutAReorderingFault() {
        for (long seed = 0; seed < 20; seed++) {
            run(burst(), FaultSchedule.NONE, seed, 1000);
            assertEquals(IntStream.range(0, 50).mapToObj(i -> "recv 1 " + i).toList(), received(2));
        }
    }

    @Test
    void aReorderingFaultLetsMessagesOvertake() {
        run(burst(), new FaultSchedule(List.of(new Fault.Reordering(0, 100))), 7, 1000);
        List<String> got = received(2);
        assertEquals(50, got.size());
        assertNotEquals(IntStream.range(0, 50).mapToObj(i -> "recv 1 " + i).toList(), got);
    }

    @Test
    void everyMessageIsEitherReceivedOrRecordedAsLost() {
        List<Step> steps = run(burst(), new FaultSchedule(List.of(new Fault.Loss(0, 100, 500))), 3, 1000);
        long lost = steps.stream().filter(s -> s.action().equals("Lose")).count();
        long received = steps.stream().filter(s -> s.kind() == Step.Kind.RECEIVE).count();
        assertTrue(lost > 5 && lost < 45, "about half lost, got " + lost);
        assertEquals(50, lost + received);
    }

    @Test
    void aPartitionCutsOnlyLinksBetweenGroups() {
        Fault.Partition p = new Fault.Partition(0, 500, "halves", List.of(List.of(1), List.of(2, 3)), 0, false);
        List<Step> steps = run(burst(), new FaultSchedule(List.of(p)), 1, 1000);
        assertEquals(List.of(), received(2));
        assertTrue(steps.stream().anyMatch(s -> "link cut by partition".equals(s.detail())));
        assertTrue(p.cuts(1, 2) && p.cuts(2, 1) && !p.cuts(2, 3));
        Fault.Partition oneWay = new Fault.Partition(0, 500, "one-way", List.of(List.of(1), List.of(2, 3)), 0, true);
        assertTrue(oneWay.cuts(1, 2) && !oneWay.cuts(2, 1));
        Fault.Partition bridge = new Fault.Partition(0, 500, "bridge", List.of(List.of(1), List.of(2, 3)), 3, false);
        assertTrue(bridge.cuts(1, 2) && !bridge.cuts(1, 3) && !bridge.cuts(3, 1));
    }

    @Test
    void aDuplicatingNetworkDeliversTwice() {
        run(burst(), new FaultSchedule(List.of(new Fault.Duplication(0, 100, 1000))), 1, 1000);
        assertEquals(100, received(2).size());
    }

    @Test
    void aCrashLosesVolatileStateAndKeepsDurableState() {
        Fault crash = new Fault.Crash(200, 2);
        Fault restart = new Fault.Restart(300, 2);
        List<Step> steps = run(burst(), new FaultSchedule(List.of(crash, restart)), 1, 1000);
        assertTrue(ProbeNode.SEEN.get(2).contains("restart 0 durable 50"), ProbeNode.SEEN.get(2).toString());
        Step crashed = steps.stream().filter(s -> s.action().equals("Crash")).findFirst().orElseThrow();
        assertTrue(!crashed.up());
        assertEquals(Step.Kind.RESTART, steps.stream().filter(s -> s.node() == 2 && s.time() == 300)
                .findFirst().orElseThrow().kind());
    }

    @Test
    void aPausedNodeHoldsItsInboxAndTimersUntilItResumes() {
        Algorithm a = ProbeNode.algorithm((ctx, node) -> {
            if (ctx.self() == 1) {
                ctx.send(2, new ProbeNode.Probe(1));
            }
            if (ctx.self() == 2) {
                ctx.setTimer("t", 50);
            }
        });
        run(a, new FaultSchedule(List.of(new Fault.Pause(0, 400, 2))), 1, 1000);
        // A fault due at a tick takes effect first: node 2 starts only when it resumes.
        assertEquals(List.of("start", "recv 1 1", "timer t@450"), ProbeNode.SEEN.get(2));
    }

    @Test
    void clockSkewStretchesTimersAndTheLocalClock() {
        Algorithm a = ProbeNode.algorithm((ctx, node) -> ctx.setTimer("t", 100));
        run(a, new FaultSchedule(List.of(new Fault.ClockSkew(0, 1000, 2, 500))), 1, 2000);
        assertEquals(List.of("start", "timer t@100"), ProbeNode.SEEN.get(1));
        // At half speed 100 local ticks take 200 real ones, and the local clock reads 100 then.
        assertEquals(List.of("start", "timer t@100"), ProbeNode.SEEN.get(2));
    }

    @Test
    void clockSkewDelaysTheFiringInRealTime() {
        Algorithm a = ProbeNode.algorithm((ctx, node) -> ctx.setTimer("t", 100));
        List<Step> steps = run(a, new FaultSchedule(List.of(new Fault.ClockSkew(0, 1000, 2, 500))), 1, 2000);
        Step fired = steps.stream().filter(s -> s.node() == 2 && s.kind() == Step.Kind.TIMEOUT).findFirst().orElseThrow();
        assertEquals(200, fired.time());
    }

    @Test
    void aNodeMayRecordAtMostOneActionPerReaction() {
        Algorithm a = ProbeNode.algorithm((ctx, node) -> ctx.record("Extra", java.util.Map.of()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> run(a, FaultSchedule.NONE, 1, 10));
        assertTrue(e.getMessage().contains("recorded two actions"), e.getMessage());
    }

    @Test
    void aFaultNamingAStrangerIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(burst(), new FaultSchedule(List.of(new Fault.Crash(5, 9))), 1, 10));
        assertTrue(e.getMessage().contains("node 9"), e.getMessage());
    }
}
