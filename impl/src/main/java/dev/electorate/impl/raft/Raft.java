package dev.electorate.impl.raft;

import dev.electorate.impl.common.ReferenceNode;
import dev.electorate.impl.raft.Messages.AppendEntries;
import dev.electorate.impl.raft.Messages.AppendEntriesResponse;
import dev.electorate.impl.raft.Messages.PreVote;
import dev.electorate.impl.raft.Messages.PreVoteResponse;
import dev.electorate.impl.raft.Messages.RequestVote;
import dev.electorate.impl.raft.Messages.RequestVoteResponse;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import dev.electorate.spec.Timing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One node of Raft's leader election (Ongaro and Ousterhout 2014, section 5.2 and Figure 2):
 * terms, RequestVote with the log's last term and index in the vote rule, randomized election
 * timeouts, and empty AppendEntries as heartbeats. Its reactions are the actions of
 * {@code Raft.tla} and it records that module's variables {@code currentTerm}, {@code votedFor},
 * {@code state}, {@code votesGranted} and {@code leader}.
 */
public final class Raft extends ReferenceNode {

    /** The node's role; the names are the TLA+ values of {@code state[n]}. */
    enum State { Follower, PreCandidate, Candidate, Leader }

    private static final long D = Timing.MAX_DELAY;
    /** The leader's heartbeat period. */
    static final long HEARTBEAT_PERIOD = D;
    /**
     * Shortest election timeout. Heartbeats reach a follower at most HEARTBEAT_PERIOD + D - 1 = 19
     * ticks apart; the timeout is 5x that so that a follower whose clock runs 4x fast, or a leader
     * whose clock runs 4x slow (the simulator's clock-skew extremes), still hears in time.
     */
    static final long ELECTION_TIMEOUT_MIN = 10 * D;
    /** Election timeouts are drawn uniformly from [MIN, MIN + SPREAD), afresh each time the timer is armed. */
    static final long ELECTION_TIMEOUT_SPREAD = 10 * D;

    static final String ELECTION_TIMER = "election";
    static final String HEARTBEAT_TIMER = "heartbeat";
    /** With CheckQuorum, the leader counts who answered it once per election timeout. */
    static final String CHECK_QUORUM_TIMER = "check-quorum";

    private final int self;
    private final List<Integer> others;
    private final int quorum;
    private final LogTip log;
    private final RaftOptions options;

    private long currentTerm;
    private int votedFor = Cluster.NONE;
    private State state = State.Follower;
    private final SortedSet<Integer> votesGranted = new TreeSet<>();
    /** When this node last heard from a leader of its term, in its own clock (PreVote, CheckQuorum). */
    private long lastLeaderContact = Long.MIN_VALUE / 2;
    /** With CheckQuorum, the followers that answered this leader since its last check. */
    private final SortedSet<Integer> heardFrom = new TreeSet<>();

    Raft(int self, Cluster cluster, LogTip log, String mutant) {
        this(self, cluster, log, mutant, RaftOptions.NONE);
    }

    Raft(int self, Cluster cluster, LogTip log, String mutant, RaftOptions options) {
        super(mutant);
        this.self = self;
        this.others = cluster.others(self);
        this.quorum = cluster.majority();
        this.log = log;
        this.options = options;
    }

    @Override
    protected void comeUp(Context ctx) {
        armElectionTimer(ctx);
    }

    @Override
    protected void recover(Context ctx, Object durable) {
        if (durable instanceof Durable d) {
            currentTerm = d.currentTerm();
            votedFor = d.votedFor();
        }
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof RequestVote m) {
            receiveRequestVote(ctx, from, m);
            record(ctx, "ReceiveRequestVote");
        } else if (message instanceof RequestVoteResponse m) {
            boolean won = receiveVoteResponse(ctx, from, m);
            record(ctx, won ? "BecomeLeader" : "ReceiveVoteResponse");
        } else if (message instanceof AppendEntries m) {
            receiveAppendEntries(ctx, from, m);
            record(ctx, "ReceiveAppendEntries");
        } else if (message instanceof AppendEntriesResponse m) {
            observeTerm(ctx, m.term());
            if (state == State.Leader && m.term() == currentTerm) {
                heardFrom.add(from);
            }
            record(ctx, "ReceiveAppendResponse");
        } else if (message instanceof PreVote m) {
            receivePreVote(ctx, from, m);
            record(ctx, "ReceivePreVote");
        } else if (message instanceof PreVoteResponse m) {
            boolean won = receivePreVoteResponse(ctx, from, m);
            record(ctx, won ? "StartElection" : "ReceivePreVoteResponse");
        } else {
            record(ctx, "ReceiveUnknown");
        }
    }

    @Override
    public void timeout(Context ctx, String timer) {
        switch (timer) {
            case ELECTION_TIMER -> {
                if (options.preVote()) {
                    startPreVote(ctx);
                } else {
                    startElection(ctx);
                }
                record(ctx, "Timeout");
            }
            case CHECK_QUORUM_TIMER -> {
                // Named QuorumHeard, not CheckQuorum: Raft.tla's constant CheckQuorum is the option.
                checkQuorum(ctx);
                record(ctx, state == State.Leader ? "QuorumHeard" : "StepDown");
            }
            case HEARTBEAT_TIMER -> {
                sendHeartbeats(ctx);
                record(ctx, "SendHeartbeat");
            }
            default -> record(ctx, "UnknownTimeout");
        }
    }

    /** Campaigns in the next term: votes for itself and asks every other node. */
    private void startElection(Context ctx) {
        // pre-vote-as-vote: the pre-votes that made the majority are kept as this term's votes.
        List<Integer> preVotes = is("pre-vote-as-vote") && state == State.PreCandidate
                ? List.copyOf(votesGranted) : List.of();
        currentTerm++;
        votedFor = self;
        state = State.Candidate;
        leader = Cluster.NONE;
        votesGranted.clear();
        votesGranted.add(self);
        votesGranted.addAll(preVotes);
        persist(ctx);
        for (int id : others) {
            ctx.send(id, new RequestVote(currentTerm, log.lastLogTerm(), log.lastLogIndex()));
        }
        armElectionTimer(ctx);
        if (votesGranted.size() >= quorum) {
            becomeLeader(ctx); // a cluster of one (or pre-vote-as-vote)
        }
    }

    /** PreVote: asks, without raising its own term, whether a majority would vote for it in the next. */
    private void startPreVote(Context ctx) {
        state = State.PreCandidate;
        leader = Cluster.NONE;
        votesGranted.clear();
        votesGranted.add(self);
        for (int id : others) {
            ctx.send(id, new PreVote(currentTerm + 1, log.lastLogTerm(), log.lastLogIndex()));
        }
        armElectionTimer(ctx);
        if (votesGranted.size() >= quorum) {
            startElection(ctx); // a cluster of one
        }
    }

    private void receivePreVote(Context ctx, int from, PreVote m) {
        boolean logOk = new LogTip(m.lastLogTerm(), m.lastLogIndex()).atLeastAsUpToDateAs(log);
        boolean grant = m.term() > currentTerm && logOk && !inLease(ctx);
        ctx.send(from, new PreVoteResponse(grant ? m.term() : currentTerm, grant));
    }

    /** Returns whether this pre-vote gave the node a majority, so it campaigns. */
    private boolean receivePreVoteResponse(Context ctx, int from, PreVoteResponse m) {
        if (!m.voteGranted()) {
            observeTerm(ctx, m.term());
            return false;
        }
        if (state != State.PreCandidate || m.term() != currentTerm + 1) {
            return false;
        }
        votesGranted.add(from);
        if (votesGranted.size() < quorum) {
            return false;
        }
        startElection(ctx);
        return true;
    }

    /** Whether this node heard from a leader within the shortest election timeout. */
    private boolean inLease(Context ctx) {
        return state == State.Leader || ctx.now() - lastLeaderContact < ELECTION_TIMEOUT_MIN;
    }

    /** CheckQuorum: a leader that a majority did not answer since the last check steps down. */
    private void checkQuorum(Context ctx) {
        if (state != State.Leader) {
            return;
        }
        int heard = heardFrom.size() + (is("check-quorum-without-self") ? 0 : 1);
        if (heard < quorum) {
            state = State.Follower;
            leader = Cluster.NONE;
            ctx.cancelTimer(HEARTBEAT_TIMER);
            armElectionTimer(ctx);
            return;
        }
        heardFrom.clear();
        ctx.setTimer(CHECK_QUORUM_TIMER, ELECTION_TIMEOUT_MIN);
    }

    private void receiveRequestVote(Context ctx, int from, RequestVote m) {
        if (options.checkQuorum() && m.term() > currentTerm && state != State.Leader && inLease(ctx)) {
            // The leader's lease: a node that hears from its leader ignores a higher-term campaign.
            ctx.send(from, new RequestVoteResponse(currentTerm, false));
            return;
        }
        observeTerm(ctx, m.term());
        boolean logOk = new LogTip(m.lastLogTerm(), m.lastLogIndex()).atLeastAsUpToDateAs(log);
        boolean free = votedFor == Cluster.NONE || votedFor == from || is("grant-any-vote");
        boolean grant = m.term() == currentTerm && state != State.Leader && free && logOk;
        if (grant) {
            votedFor = from;
            persist(ctx);
            armElectionTimer(ctx);
        }
        ctx.send(from, new RequestVoteResponse(currentTerm, grant));
    }

    /** Returns whether this vote made the node leader. */
    private boolean receiveVoteResponse(Context ctx, int from, RequestVoteResponse m) {
        observeTerm(ctx, m.term());
        if (state != State.Candidate || (m.term() != currentTerm && !is("count-stale-vote")) || !m.voteGranted()) {
            return false;
        }
        votesGranted.add(from);
        if (votesGranted.size() < quorum) {
            return false;
        }
        becomeLeader(ctx);
        return true;
    }

    private void receiveAppendEntries(Context ctx, int from, AppendEntries m) {
        observeTerm(ctx, m.term());
        if (m.term() < currentTerm || state == State.Leader) {
            // A stale leader learns the newer term from the reply; a leader never accepts another
            // leader of its own term (only a broken variant can produce one).
            ctx.send(from, new AppendEntriesResponse(currentTerm, false));
            return;
        }
        state = State.Follower; // a candidate of this term gives way to its winner
        votesGranted.clear();
        leader = from;
        if (options.preVote() || options.checkQuorum()) {
            lastLeaderContact = ctx.now(); // read only by inLease, which only those options ask
        }
        armElectionTimer(ctx);
        ctx.send(from, new AppendEntriesResponse(currentTerm, true));
    }

    /** Any message with a newer term makes the node a follower of that term that has not voted. */
    private void observeTerm(Context ctx, long term) {
        if (term <= currentTerm) {
            return;
        }
        if (state == State.Leader && is("ignore-higher-term")) {
            return;
        }
        boolean wasLeader = state == State.Leader;
        currentTerm = term;
        votedFor = Cluster.NONE;
        state = State.Follower;
        leader = Cluster.NONE;
        votesGranted.clear();
        persist(ctx);
        if (wasLeader) {
            ctx.cancelTimer(HEARTBEAT_TIMER);
            ctx.cancelTimer(CHECK_QUORUM_TIMER);
            armElectionTimer(ctx);
        }
    }

    private void becomeLeader(Context ctx) {
        state = State.Leader;
        leader = self;
        ctx.cancelTimer(ELECTION_TIMER);
        sendHeartbeats(ctx);
        if (options.checkQuorum()) {
            heardFrom.clear();
            ctx.setTimer(CHECK_QUORUM_TIMER, ELECTION_TIMEOUT_MIN);
        }
    }

    private void sendHeartbeats(Context ctx) {
        for (int id : others) {
            ctx.send(id, new AppendEntries(currentTerm));
        }
        ctx.setTimer(HEARTBEAT_TIMER, HEARTBEAT_PERIOD);
    }

    private void armElectionTimer(Context ctx) {
        ctx.setTimer(ELECTION_TIMER, ELECTION_TIMEOUT_MIN + ctx.random((int) ELECTION_TIMEOUT_SPREAD));
    }

    /** Term and vote reach stable storage before any message that depends on them is sent. */
    private void persist(Context ctx) {
        ctx.persist(new Durable(currentTerm, is("forget-vote") ? Cluster.NONE : votedFor));
    }

    @Override
    protected void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("currentTerm", currentTerm);
        vars.put("votedFor", votedFor);
        vars.put("state", state.name());
        vars.put("votesGranted", new TreeSet<>(votesGranted));
        vars.put("leader", leader);
        ctx.record(action, vars);
    }

    @Override
    public Role role() {
        return switch (state) {
            case Follower -> Role.FOLLOWER;
            case PreCandidate, Candidate -> Role.CANDIDATE;
            case Leader -> Role.LEADER;
        };
    }

    @Override
    public long term() {
        return currentTerm;
    }
}
