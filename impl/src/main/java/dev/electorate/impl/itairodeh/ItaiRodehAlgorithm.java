package dev.electorate.impl.itairodeh;

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

/**
 * Itai and Rodeh's randomized election on an anonymous ring (1990), in Fokkink's presentation with
 * a hop counter and a "unique so far" bit; specified by ItaiRodeh.tla. Processes draw ids from
 * 1..K, {@link #DEFAULT_K} unless another K is given.
 */
public final class ItaiRodehAlgorithm extends Descriptor {

    /** The ids a process draws from: 1..4 ties often enough to show the rounds, rarely enough to end fast. */
    public static final int DEFAULT_K = 4;

    /** Termination is probabilistic; a run needing more rounds than this bound allows is this rare. */
    public static final double TAIL = 1e-12;

    private static final Assumptions ASSUMPTIONS = Assumptions.surviving(Assumptions.Failures.NONE)
            .tolerating(FaultClass.DUPLICATE, FaultClass.REORDER, FaultClass.PAUSE, FaultClass.CLOCK_SKEW)
            .anonymous()
            .because("Itai-Rodeh is asynchronous and sets no timers, so a paused process or a skewed clock only"
                    + " delays it; but nothing notices a crash (a crashed process swallows the messages it"
                    + " should pass on, and a crashed leader is never replaced) and there is no recovery (a"
                    + " restarted process draws afresh in round 1 beside an election that has moved on); a"
                    + " lost message (loss, a partition) stalls its round for ever. Duplicated and reordered"
                    + " messages are admitted: a process's message passes another only by making it passive"
                    + " or clearing the bit, so a message home with the bit set, even a stale copy of an"
                    + " earlier round, finds every other process passive for good, and the largest (round,"
                    + " id) ever drawn always comes home; TLC finds no violation on 3 processes with up to"
                    + " two duplications or overtakings and rounds up to 3 (MCItaiRodeh3Links).");

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("tie-wins",
                    "a process whose own message comes home with the bit cleared (another process drew the"
                            + " same maximum) leads anyway, so tied processes all lead (Uniqueness)"),
            new Mutant("forget-hop-count",
                    "a process passes a message on without counting the hop, so no message is ever"
                            + " seen to come home and nobody is elected (Termination)"),
            new Mutant("drop-elected",
                    "a passive process records the leader ELECTED names but does not pass it on, so the"
                            + " processes after it never learn who leads (Termination); it changes no recorded"
                            + " variable, and nothing follows ELECTED on a link, so only trace validation's"
                            + " matching of sends sees the message missing"));

    private final int k;
    /** Rounds needed per ring size: the chain is exact arithmetic, worth computing once. */
    private final java.util.Map<Integer, Integer> roundsBySize = new java.util.concurrent.ConcurrentHashMap<>();

    public ItaiRodehAlgorithm() {
        this(DEFAULT_K);
    }

    /** Processes draw their ids from 1..{@code k}; k >= 2, or two processes may tie for ever. */
    public ItaiRodehAlgorithm(int k) {
        // Any process may win: the ring is anonymous and the draws decide.
        super("itai-rodeh", "ItaiRodeh", ASSUMPTIONS, MUTANTS, "Election", Winner.ANY_LIVE, TEXTBOOK);
        if (k < 2) {
            throw new IllegalArgumentException("Itai-Rodeh needs K >= 2 ids to draw from, got " + k);
        }
        this.k = k;
    }

    public int k() {
        return k;
    }

    @Override
    protected Node node(int self, Cluster cluster, String mutant) {
        return new ItaiRodeh(self, cluster, k, mutant);
    }

    /**
     * The winner takes part in every round; its message needs at most n hops of at most MAX_DELAY
     * each (a pause only holds messages, and the count starts when the last one ends), and ELECTED
     * n - 1 more. With R the fewest rounds that all but {@link #TAIL} of the runs need
     * ({@link Rounds#roundsWithin}): bound = (R + 1) * n * MAX_DELAY.
     */
    @Override
    public long terminationBound(Cluster cluster) {
        int n = cluster.size();
        int rounds = roundsBySize.computeIfAbsent(n, size -> new Rounds(size, k).roundsWithin(TAIL));
        return (rounds + 1L) * n * Timing.MAX_DELAY;
    }

    /** Randomized: the count depends on the draws of every round; no closed form is drawn. */
    private static final Textbook TEXTBOOK = Textbook.counting(Set.of("Election"), "ELECTION", Textbook.Family.OTHER);

}
