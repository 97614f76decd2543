package dev.electorate.harness.exhaustive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.cli.CliTest;
import dev.electorate.harness.cli.Main;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Termination decided by exhaustive exploration: a liveness mutant is rejected, at a quiescent state
 * or on a fair loop, by a shortest path that replays and is decided again on replay; the unmutated
 * nodes are accepted; a state whose successors a bound cut is never taken for quiescent.
 */
class TerminationTest {

    private static ExhaustiveExplorer.Result explore(String algorithm, String mutant, int maxDepth) {
        Algorithm a = Algorithms.byName(algorithm);
        ModelBounds bounds = ModelBounds.choose(algorithm, 3, mutant, null);
        return ExhaustiveExplorer.explore(new ExhaustiveExplorer.Plan(a, mutant, bounds, 2_000_000, maxDepth));
    }

    @Test
    void aLeaderCrashNobodyNoticesIsAQuiescentStateWithoutALeader() {
        // Bully no-heartbeat-timeout: the followers never suspect their crashed leader.
        ExhaustiveExplorer.Result r = explore("bully", "no-heartbeat-timeout", Integer.MAX_VALUE);
        ExhaustiveExplorer.Found f = r.violation().orElseThrow();
        assertEquals("Termination", f.violation().property());
        assertTrue(f.violation().explanation().contains("nothing but a fault can happen"), f.violation().toString());
        assertTrue(f.path().stream().anyMatch(m -> m.kind().equals("crash")), "the leader's crash is on the path");
        // Shortest: no quiescent state without a leader one move nearer the start. A state at the depth
        // bound is not expanded, so it is not taken for quiescent either: the cut exploration reports nothing.
        int length = f.path().size();
        assertTrue(explore("bully", "no-heartbeat-timeout", length - 1).violation().isEmpty());
        assertTrue(explore("bully", "no-heartbeat-timeout", length).violation().isEmpty(),
                "a state at the depth bound is cut, not quiescent");
    }

    @Test
    void aLoopThatNeverSettlesIsALasso() {
        // Itai-Rodeh forget-hop-count: no node ever sees its message come home, so the ring circulates for ever.
        ExhaustiveExplorer.Result r = explore("itai-rodeh", "forget-hop-count", Integer.MAX_VALUE);
        ExhaustiveExplorer.Found f = r.violation().orElseThrow();
        assertEquals("Termination", f.violation().property());
        assertTrue(f.violation().explanation().contains("may repeat for ever"), f.violation().toString());
        ModelBounds bounds = ModelBounds.choose("itai-rodeh", 3, "forget-hop-count", null);
        assertEquals(f.violation(), ExhaustiveExplorer.termination(Algorithms.byName("itai-rodeh"), "forget-hop-count",
                bounds, f.path()).orElseThrow(), "the loop is decided again from its moves alone");
        // Without its last move the path returns nowhere: no loop, no verdict.
        assertTrue(ExhaustiveExplorer.termination(Algorithms.byName("itai-rodeh"), "forget-hop-count", bounds,
                f.path().subList(0, f.path().size() - 1)).isEmpty());
    }

    @Test
    void theUnmutatedNodesTerminateWithinTheirModels() {
        for (String algorithm : List.of("bully", "hirschberg-sinclair")) {
            ExhaustiveExplorer.Result r = explore(algorithm, null, Integer.MAX_VALUE);
            assertTrue(r.complete(), algorithm + ": every state expanded");
            assertTrue(r.violation().isEmpty(), () -> algorithm + ": " + r.violation().get().violation());
        }
        // The unmutated Itai-Rodeh settles in every state its rounds model allows.
        Algorithm ir = Algorithms.byName("itai-rodeh");
        ExhaustiveExplorer.Result rounds = ExhaustiveExplorer.explore(new ExhaustiveExplorer.Plan(ir, null,
                ModelBounds.choose("itai-rodeh", 3, null, "MCItaiRodeh3Rounds"), 2_000_000, Integer.MAX_VALUE));
        assertTrue(rounds.violation().isEmpty(), () -> rounds.violation().get().violation().toString());
    }

    @Test
    void aTerminationCounterexampleReplaysIsDecidedAgainAndIsDrawn(@TempDir Path out) throws Exception {
        CliTest.Outcome found = CliTest.run("explore", "--exhaustive", "--algorithm", "paxos", "--mutant",
                "ignore-higher-ballot", "--out", out.toString());
        assertEquals(Main.OK, found.status(), found.out() + found.err());
        assertTrue(found.out().contains("Termination violated"), found.out());
        Path replay = out.resolve("counterexamples/paxos-ignore-higher-ballot-exhaustive.replay.json");
        Path trace = out.resolve("counterexamples/paxos-ignore-higher-ballot-exhaustive.trace.jsonl");
        assertTrue(Files.readString(replay).contains("\"model\" : \"MCPaxos3_IgnoreHigherBallot\"")
                || Files.readString(replay).contains("\"model\":\"MCPaxos3_IgnoreHigherBallot\""), Files.readString(replay));
        assertTrue(Files.readString(out.resolve("index.html")).contains("<svg"), "the report draws the path");

        Path again = out.resolve("again.jsonl");
        CliTest.Outcome replayed = CliTest.run("replay", replay.toString(), "--trace", again.toString());
        assertEquals(Main.OK, replayed.status(), replayed.err());
        assertTrue(replayed.err().contains("identical"), replayed.err());
        assertTrue(replayed.err().contains("Termination violated"), replayed.err());
        assertEquals(Files.readString(trace), Files.readString(again), "replay must reproduce the trace byte for byte");

        // The same command writes the same path.
        Path second = out.resolve("second");
        CliTest.run("explore", "--exhaustive", "--algorithm", "paxos", "--mutant", "ignore-higher-ballot", "--out",
                second.toString());
        assertEquals(Files.readString(trace), Files.readString(
                second.resolve("counterexamples/paxos-ignore-higher-ballot-exhaustive.trace.jsonl")));
    }
}
