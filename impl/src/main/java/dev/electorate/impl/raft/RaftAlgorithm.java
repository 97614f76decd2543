package dev.electorate.impl.raft;

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
import java.util.function.IntFunction;

/**
 * Raft's leader election (Ongaro and Ousterhout 2014): the candidate that first gathers a majority
 * of votes in a term leads it; specified by Raft.tla. Each node's log is fixed for the whole run and
 * only its last term and index matter (the vote rule); by default every log is empty, as in a fresh
 * cluster, and {@link #RaftAlgorithm(IntFunction)} seeds others.
 */
public final class RaftAlgorithm extends Descriptor {

    /**
     * Safety never depends on time: a vote is durable and given once per term, so two leaders of
     * one term would need two majorities that share no voter. Liveness and Stability need a period
     * of synchrony, which every fault class here grants once its faults heal: randomized timeouts
     * then elect a leader within {@link #terminationBound} with overwhelming probability (not
     * certainty: Raft's termination is probabilistic), and heartbeats keep it.
     */
    private static final Assumptions ASSUMPTIONS = Assumptions.surviving(Assumptions.Failures.MAJORITY_RECOVERY)
            .synchronyBound(Timing.MAX_DELAY)
            .tolerating(FaultClass.MIXED)
            .because("Raft is safe under every fault class, but a leader needs the votes of a majority: when up"
                    + " to half the nodes crash for good (the crash class), an even cluster has none left and"
                    + " no leader is elected (Termination); with a majority up and the network synchronous"
                    + " again it elects one with overwhelming, not certain, probability (randomized timeouts).");

    static final String PRE_VOTE_AS_VOTE = "pre-vote-as-vote";
    static final String CHECK_QUORUM_WITHOUT_SELF = "check-quorum-without-self";

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("forget-vote",
                    "votedFor is not persisted, so a node that restarts votes a second time in a term it"
                            + " already voted in and two candidates win it (Uniqueness)",
                    "it needs a restart between the RequestVotes of a split vote, which a crash-recover"
                            + " contest gives in about one explored run in 700 (RaftForgetVoteTest arms one in"
                            + " every run)"),
            new Mutant("grant-any-vote",
                    "a node grants every RequestVote of its current term, even after voting for another"
                            + " candidate, so two concurrent candidates both win (Uniqueness)"),
            new Mutant("ignore-higher-term",
                    "a leader ignores messages with a higher term instead of stepping down, so after a"
                            + " partition heals the old and the new leader both lead for good (Termination)"),
            Mutant.beyondRandomSearch("count-stale-vote",
                    "a candidate counts a vote granted in an earlier term of its own, so a grant delayed past its"
                            + " election timeout elects it beside the rival that voter backs in the new term (Uniqueness)",
                    "it needs a grant still on its way when the candidate's timeout fires (delays are a tenth of"
                            + " the timeout) and a rival of the next term backed by that voter; exhaustive exploration"
                            + " within MCRaft3's bounds (two early timeouts) finds it in 10 moves (RaftCountStaleVoteTest)"),
            // The options' own mutants run with their option on, whatever the variant named.
            new Mutant(PRE_VOTE_AS_VOTE,
                    "with pre-vote, a pre-candidate that wins the pre-vote bumps its term and counts the pre-votes as"
                            + " that term's votes, so it leads without a real vote; pre-votes are not exclusive, so two"
                            + " pre-candidates one voter pre-voted for both lead the next term (Uniqueness)"),
            Mutant.beyondRandomSearch(CHECK_QUORUM_WITHOUT_SELF,
                    "with check-quorum, the leader leaves itself out of the count, so with one node down a leader"
                            + " answered by a bare majority steps down every election timeout, with no new fault"
                            + " (Stability, Termination)",
                    "it needs a node down for several election timeouts with no other fault, which crash-recover,"
                            + " restarting every crashed node soon, does not give; one of three nodes crashed for good"
                            + " kills it in the first run (RaftCheckQuorumCrashTest)"));

    /** Raft's election timeout is 100 to 200 ticks; a split vote costs one more timeout. */
    static final int ROUNDS = 8;

    private final IntFunction<LogTip> logs;
    private final RaftOptions options;

    /** Every node starts with an empty log. */
    public RaftAlgorithm() {
        this(id -> LogTip.EMPTY);
    }

    /** Node {@code id} has the fixed log ending at {@code logs.apply(id)}. */
    public RaftAlgorithm(IntFunction<LogTip> logs) {
        this(logs, RaftOptions.NONE);
    }

    /**
     * Fixed logs and the given extensions. Raft.tla specifies plain Raft and both options (its
     * constants PreVote and CheckQuorum); the module named here is the trace mapping with these
     * options (TraceRaft*.tla).
     */
    public RaftAlgorithm(IntFunction<LogTip> logs, RaftOptions options) {
        // Any live node may win (whose log is up to date enough for a majority).
        super("raft" + (options.preVote() ? "+pre-vote" : "") + (options.checkQuorum() ? "+check-quorum" : ""),
                "Raft" + (options.preVote() ? "PreVote" : "") + (options.checkQuorum() ? "CheckQuorum" : ""),
                ASSUMPTIONS, MUTANTS, "RequestVote", Winner.ANY_LIVE, TEXTBOOK);
        this.logs = logs;
        this.options = options;
    }

    /** Accepts {@code pre-vote} and {@code check-quorum}. */
    @Override
    public RaftAlgorithm withOptions(List<String> names) {
        boolean preVote = options.preVote();
        boolean checkQuorum = options.checkQuorum();
        for (String n : names) {
            switch (n) {
                case "pre-vote" -> preVote = true;
                case "check-quorum" -> checkQuorum = true;
                default -> throw new IllegalArgumentException("raft has no option '" + n
                        + "'; accepted: pre-vote, check-quorum (as in raft+pre-vote+check-quorum)");
            }
        }
        return new RaftAlgorithm(logs, new RaftOptions(preVote, checkQuorum));
    }

    public RaftOptions options() {
        return options;
    }

    @Override
    protected Node node(int self, Cluster cluster, String mutant) {
        RaftOptions on = options;
        if (PRE_VOTE_AS_VOTE.equals(mutant)) {
            on = new RaftOptions(true, options.checkQuorum());
        } else if (CHECK_QUORUM_WITHOUT_SELF.equals(mutant)) {
            on = new RaftOptions(options.preVote(), true);
        }
        return new Raft(self, cluster, logs.apply(self), mutant, on);
    }

    /**
     * After the last fault heals, a stale message arrives within D, every follower's election timer
     * fires within the longest timeout, and each election round (a timeout, the votes, the winner's
     * first heartbeat) ends within the longest timeout plus 2D; {@link #ROUNDS} rounds allow for
     * split votes and for disruption by a node that rejoins with a higher term.
     */
    @Override
    public long terminationBound(Cluster cluster) {
        long longest = Raft.ELECTION_TIMEOUT_MIN + Raft.ELECTION_TIMEOUT_SPREAD;
        return Timing.MAX_DELAY + longest + ROUNDS * (longest + 2 * Timing.MAX_DELAY);
    }

    /**
     * A follower whose election timer was last reset before a pause or partition may fire it before
     * the leader's next heartbeat reaches it, and a node that campaigned on the far side of a
     * partition is heard, with its higher term, once it times out again: both within the longest
     * election timeout plus a round trip after the fault ends. Plain Raft (no PreVote, no
     * CheckQuorum) then changes leader; that is the fault's doing, not instability.
     */
    @Override
    public long faultAftermath(Cluster cluster) {
        return Raft.ELECTION_TIMEOUT_MIN + Raft.ELECTION_TIMEOUT_SPREAD + 2 * Timing.MAX_DELAY;
    }

    private static final Textbook TEXTBOOK = Textbook.counting(Set.of("RequestVote"), "REQUESTVOTE", Textbook.Family.OTHER)
            .withCurves(new Textbook.Curve("Raft n-1 per candidate per round", "n-1", n -> n - 1))
            .withClaims(new Textbook.OneRound("Raft elects a leader in one round (one term) when nothing fails."));

}
