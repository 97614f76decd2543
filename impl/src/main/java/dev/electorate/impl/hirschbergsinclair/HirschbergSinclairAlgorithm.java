package dev.electorate.impl.hirschbergsinclair;

import dev.electorate.impl.common.Descriptor;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Node;
import dev.electorate.spec.Textbook;
import dev.electorate.spec.Timing;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * Hirschberg and Sinclair's election on a bidirectional ring (1980): probes of 2^k hops each way in
 * phase k, O(n log n) messages; specified by HirschbergSinclair.tla.
 */
public final class HirschbergSinclairAlgorithm extends Descriptor {

    private static final Assumptions ASSUMPTIONS = Assumptions.surviving(Assumptions.Failures.NONE)
            .tolerating(FaultClass.DUPLICATE, FaultClass.REORDER, FaultClass.PAUSE, FaultClass.CLOCK_SKEW)
            .because("Hirschberg-Sinclair has no timers and no recovery: every probe and reply must reach its"
                    + " node, so a crashed node (which swallows what reaches it and, restarted, is never"
                    + " told the winner), a lost message or a partition leaves the election unfinished;"
                    + " it relies on no delay bound and no link order, and a duplicated message changes"
                    + " nothing, so reordering, duplication, pauses and clock skew are tolerated.");

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("reply-smaller",
                    "a node passes on and answers probes of lower ids instead of swallowing them, so every"
                            + " candidate's last probe comes home and several nodes lead (Uniqueness)"),
            new Mutant("no-next-phase",
                    "a candidate whose probes both came back never starts the next phase, so no probe goes"
                            + " round the ring and nobody leads (Termination)"),
            new Mutant("drop-elected",
                    "a node follows the winner's ELECTED but does not pass it on, so the nodes after it never"
                            + " learn who leads (Termination); it changes no recorded variable, and the spec's network"
                            + " keeps every message sent, so only trace validation's matching of sends sees the"
                            + " message missing"));

    public HirschbergSinclairAlgorithm() {
        // No election message type.
        super("hirschberg-sinclair", "HirschbergSinclair", ASSUMPTIONS, MUTANTS, null, Winner.HIGHEST_LIVE, TEXTBOOK);
    }

    @Override
    protected Node node(int self, Cluster cluster, String mutant) {
        return new HirschbergSinclair(self, cluster, mutant);
    }

    /**
     * The highest id never waits for anyone: relays happen on receipt, and its probes always come
     * back. Its phase k takes 2 * 2^k hops out and back, for k below K = ceil(log2 n); phase K's
     * probe goes n hops round the ring, and ELECTED n more. That is 2(2^K - 1) + 2n hops, each
     * within MAX_DELAY once the last fault (a pause, reordering, duplication or skew) has healed,
     * from wherever the election stood then: bound = MAX_DELAY * (2^(K+1) + 2n) ticks (300 for
     * n = 7).
     */
    @Override
    public long terminationBound(Cluster cluster) {
        int n = cluster.size();
        return Timing.MAX_DELAY * ((1L << (ceilLog2(n) + 1)) + 2L * n);
    }

    /** ceil(log2 n) for n >= 1: the first phase whose probes reach round the whole ring. */
    public static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    /**
     * The classic bound on PROBE and REPLY messages with no faults: phase 0 costs at most 4n, and
     * each phase k >= 1 at most 4 * 2^k messages from each of at most n / (2^(k-1) + 1) candidates
     * (two survivors of phase k - 1 are more than 2^(k-1) apart), under 8n; phases 0..ceil(log2 n).
     */
    public static long messageBound(int n) {
        return 8L * n * (1 + ceilLog2(n));
    }

    private static final IntToDoubleFunction BOUND = n -> 8.0 * n * (1 + Textbook.ceilLog2(n));

    private static final Textbook TEXTBOOK = Textbook.counting(Set.of("Probe", "Reply"), "PROBE and REPLY",
                    Textbook.Family.DETERMINISTIC_RING)
            .withCurves(new Textbook.Curve("Hirschberg-Sinclair bound 8n(1+\u2308log\u2082 n\u2309)",
                    "8n(1+\u2308log\u2082 n\u2309)", BOUND))
            .withClaims(
                    new Textbook.AtMost("Hirschberg-Sinclair sends O(n log n) messages: at most 8n(1+\u2308log\u2082 n\u2309)"
                            + " PROBE and REPLY messages.", "8n(1+\u2308log\u2082 n\u2309)", BOUND),
                    // Chang-Roberts' worst case, the quadratic ring election it was designed to beat.
                    new Textbook.Beats("Hirschberg-Sinclair beats Chang-Roberts' worst case n(n+1)/2.", "n(n+1)/2",
                            n -> n * (n + 1) / 2.0, "8n(1+\u2308log\u2082 n\u2309)", BOUND));

}
