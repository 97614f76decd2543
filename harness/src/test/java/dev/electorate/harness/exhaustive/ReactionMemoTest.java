package dev.electorate.harness.exhaustive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The memo of node reactions changes nothing but the speed: with it and without it (every reaction
 * run afresh on a decoded copy) the same exploration reaches the same states, takes the same
 * transitions, prunes the same states and ends on the same shortest path, and twice in one JVM it
 * gives the same figures again.
 */
class ReactionMemoTest {

    private static ExhaustiveExplorer.Result explore(String algorithm, String mutant, long maxStates, boolean memo) {
        Algorithm a = Algorithms.byName(algorithm);
        ModelBounds bounds = ModelBounds.choose(algorithm, 3, mutant, null);
        return ExhaustiveExplorer.explore(new ExhaustiveExplorer.Plan(a, mutant, bounds, maxStates, 1_000),
                (expanded, states, depth) -> { }, memo);
    }

    private static String figures(ExhaustiveExplorer.Result r) {
        return r.states() + " states, " + r.transitions() + " transitions, depth " + r.depth() + ", complete "
                + r.complete() + ", pruned " + r.pruned() + ", clock " + r.clockRead() + ", path "
                + r.violation().map(f -> f.path().toString() + " " + f.violation()).orElse("none");
    }

    @Test
    void withAndWithoutTheMemoTheExplorationIsTheSame() {
        // Random draws (Itai-Rodeh, Raft's timeouts), crashes and restarts with durable state (Raft, Paxos),
        // the ring's guarded token (LeLann), a service (etcd), and a mutant's shortest path (Lamport).
        List<String[]> cases = List.of(new String[] {"bully", null}, new String[] {"raft", null},
                new String[] {"paxos", null}, new String[] {"itai-rodeh", null}, new String[] {"lelann", null},
                new String[] {"etcd", null}, new String[] {"lamport", "keep-leading"},
                new String[] {"raft", "forget-vote"});
        for (String[] c : cases) {
            ExhaustiveExplorer.Result fresh = explore(c[0], c[1], 20_000, false);
            ExhaustiveExplorer.Result memo = explore(c[0], c[1], 20_000, true);
            assertEquals(figures(fresh), figures(memo), c[0] + " " + c[1]);
            assertEquals(figures(memo), figures(explore(c[0], c[1], 20_000, true)), "twice: " + c[0] + " " + c[1]);
            assertTrue(memo.states() > 100, c[0] + " explored " + memo.states());
        }
    }
}
