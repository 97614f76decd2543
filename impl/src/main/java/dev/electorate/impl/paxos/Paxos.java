package dev.electorate.impl.paxos;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import dev.electorate.spec.Timing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One node of Paxos ballot leadership (phase 1 of Lamport's "Paxos Made Simple" used to elect a
 * distinguished proposer): every node is a proposer and an acceptor; a proposer whose election timer
 * fires prepares a ballot above every round it has seen, leads once a majority promised it, and
 * steps down when it sees a higher ballot. Its reactions are the actions of {@code Paxos.tla} and it
 * records that module's variables {@code promised}, {@code round}, {@code state}, {@code promises}
 * and {@code leader}.
 */
public final class Paxos implements Node {

    /** The node's role as proposer; the names are the TLA+ values of {@code state[n]}. */
    enum State { Follower, Candidate, Leader }

    private static final long D = Timing.MAX_DELAY;
    /** The leader's heartbeat period. */
    static final long HEARTBEAT_PERIOD = D;
    /** Shortest election timeout: as Raft's, 5x the longest gap between heartbeats, for skewed clocks. */
    static final long ELECTION_TIMEOUT_MIN = 10 * D;
    /** Election timeouts are drawn uniformly from [MIN, MIN + SPREAD), afresh each time the timer is armed. */
    static final long ELECTION_TIMEOUT_SPREAD = 10 * D;

    static final String ELECTION_TIMER = "election";
    static final String HEARTBEAT_TIMER = "heartbeat";

    /**
     * Option lease: an acceptor that promises a ballot, or hears its leader's heartbeat, refuses every
     * other ballot for LEASE ticks of its own clock; its own proposer counts its promise only outside
     * such a grant. Shorter than the shortest election timeout, so a follower's grant has run out when
     * its timer fires.
     */
    static final long LEASE = 8 * D;
    /**
     * The clock-drift bound the lease assumes: every clock runs at a rate within 1 +- 10% of real time
     * (100 per mille). Beyond it (the simulator's clock-skew class goes to 4x) leases may overlap.
     */
    static final long DRIFT_BOUND_PER_MILLE = 100;
    /**
     * The leader's lease in its own clock from the moment it sent its Prepare, before any acceptor
     * granted: LEASE (1 - rho) / (1 + rho). A slow leader clock (1 - rho) then measures no more real time
     * than a fast acceptor clock (1 + rho) measures LEASE of its own.
     */
    static final long LEADER_LEASE = LEASE * (1000 - DRIFT_BOUND_PER_MILLE) / (1000 + DRIFT_BOUND_PER_MILLE);

    private final int self;
    private final List<Integer> others;
    private final int quorum;
    private final String mutant;

    /** The acceptor's promise: it takes part in no ballot below this one (durable). */
    private Ballot promised = Ballot.ZERO;
    /** The highest round this node used or saw; its next ballot is (round + 1, self) (durable). */
    private long round;
    private State state = State.Follower;
    /** The acceptors that promised this candidate's ballot (round, self). */
    private final SortedSet<Integer> promises = new TreeSet<>();
    private int leader = Cluster.NONE;

    private final boolean lease;
    /** Lease: the ballot this acceptor granted a lease to, and until when (its clock) it refuses others. */
    private Ballot granted = Ballot.ZERO;
    private long grantedUntil = Long.MIN_VALUE;
    /** Lease: when (this node's clock) it sent the Prepare of its current ballot, and when its lease as leader ends. */
    private long preparedAt = Long.MIN_VALUE;
    private long leaseUntil = Long.MIN_VALUE;

    Paxos(int self, Cluster cluster, String mutant) {
        this(self, cluster, mutant, false);
    }

    Paxos(int self, Cluster cluster, String mutant, boolean lease) {
        this.self = self;
        this.others = cluster.members().stream().filter(id -> id != self).sorted().toList();
        this.quorum = cluster.size() / 2 + 1;
        this.mutant = mutant;
        this.lease = lease;
    }

    /**
     * Whether this node leads under a lease at {@code now} (its clock): no other ballot can have a
     * majority before the lease ends, if clocks keep within {@link #DRIFT_BOUND_PER_MILLE}.
     */
    boolean holdsLease(long now) {
        return lease && state == State.Leader && now < leaseUntil;
    }

    /** Lease: whether this acceptor still owes the ballot it granted, so refuses {@code b}. */
    private boolean grantedElsewhere(Context ctx, Ballot b) {
        return lease && !b.equals(granted) && ctx.now() < grantedUntil;
    }

    private void grant(Context ctx, Ballot b) {
        if (lease) {
            granted = b;
            grantedUntil = ctx.now() + LEASE;
        }
    }

    @Override
    public void start(Context ctx) {
        armElectionTimer(ctx);
        record(ctx, "Start");
    }

    @Override
    public void restart(Context ctx, Object durable) {
        if (durable instanceof Durable d) {
            promised = d.promised();
            round = d.round();
        }
        armElectionTimer(ctx);
        record(ctx, "Restart");
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof Prepare m) {
            receivePrepare(ctx, from, new Ballot(m.round(), m.proposer()));
            record(ctx, "ReceivePrepare");
        } else if (message instanceof Promise m) {
            boolean won = receivePromise(ctx, from, new Ballot(m.round(), m.proposer()));
            record(ctx, won ? "BecomeLeader" : "ReceivePromise");
        } else if (message instanceof Nack m) {
            receiveNack(ctx, new Ballot(m.promisedRound(), m.promisedProposer()));
            record(ctx, "ReceiveNack");
        } else if (message instanceof Heartbeat m) {
            receiveHeartbeat(ctx, from, new Ballot(m.round(), m.proposer()));
            record(ctx, "ReceiveHeartbeat");
        } else {
            record(ctx, "ReceiveUnknown");
        }
    }

    @Override
    public void timeout(Context ctx, String timer) {
        switch (timer) {
            case ELECTION_TIMER -> {
                startBallot(ctx);
                record(ctx, "Timeout");
            }
            case HEARTBEAT_TIMER -> {
                sendHeartbeats(ctx);
                record(ctx, "SendHeartbeat");
            }
            default -> record(ctx, "UnknownTimeout");
        }
    }

    private Ballot ballot() {
        return new Ballot(round, self);
    }

    /** Phase 1a: prepares the next ballot; this node's own acceptor promises it first. */
    private void startBallot(Context ctx) {
        round++;
        state = State.Candidate;
        leader = Cluster.NONE;
        promises.clear();
        preparedAt = ctx.now();
        if (ballot().atLeast(promised) && !grantedElsewhere(ctx, ballot())) {
            promised = ballot();
            promises.add(self);
            grant(ctx, ballot());
        }
        persist(ctx);
        for (int id : others) {
            ctx.send(id, new Prepare(round, self));
        }
        armElectionTimer(ctx);
        if (promises.size() >= quorum) {
            becomeLeader(ctx); // a cluster of one
        }
    }

    /** Phase 1b: promise a ballot at least as high as every earlier promise, or refuse it with the higher one. */
    private void receivePrepare(Context ctx, int from, Ballot b) {
        if (!b.atLeast(promised) || grantedElsewhere(ctx, b)) {
            ctx.send(from, new Nack(b.round(), b.proposer(), promised.round(), promised.proposer()));
            return;
        }
        observe(ctx, b);
        if (state == State.Follower && b.above(promised)) {
            leader = Cluster.NONE; // the leader it followed is now refused
        }
        promised = b;
        grant(ctx, b);
        persist(ctx);
        if (state == State.Follower) {
            armElectionTimer(ctx); // give the candidate time to win
        }
        ctx.send(from, new Promise(b.round(), b.proposer()));
    }

    /** Returns whether this promise made the node leader. */
    private boolean receivePromise(Context ctx, int from, Ballot b) {
        if (state != State.Candidate || !b.equals(ballot())) {
            return false;
        }
        promises.add(from);
        if (promises.size() < quorum) {
            return false;
        }
        becomeLeader(ctx);
        return true;
    }

    /** Someone promised a higher ballot: outbid it next time, and give way if campaigning or leading. */
    private void receiveNack(Context ctx, Ballot higher) {
        long before = round;
        observe(ctx, higher);
        if (round != before) {
            persist(ctx);
        }
    }

    private void receiveHeartbeat(Context ctx, int from, Ballot b) {
        if (!b.atLeast(promised)) {
            // A stale leader learns the higher ballot and steps down.
            ctx.send(from, new Nack(b.round(), b.proposer(), promised.round(), promised.proposer()));
            return;
        }
        observe(ctx, b);
        if (b.above(promised)) {
            promised = b; // the ballot won a majority: promising it only raises the fence
            persist(ctx);
        }
        if (state == State.Follower) {
            leader = from;
            grant(ctx, b); // the acceptor keeps refusing others while its leader is heard
            armElectionTimer(ctx);
        }
    }

    /**
     * Preemption: a candidate or leader that sees a ballot above its own becomes a follower (with no
     * leader known yet), and the round is raised so that its next ballot is higher still.
     */
    private void observe(Context ctx, Ballot b) {
        if (state == State.Leader && is("ignore-higher-ballot")) {
            return; // keeps its ballot and its leadership
        }
        Ballot mine = ballot();
        if (b.round() > round) {
            round = b.round();
        }
        if (state == State.Follower || !b.above(mine)) {
            return;
        }
        if (state == State.Leader) {
            ctx.cancelTimer(HEARTBEAT_TIMER);
        }
        state = State.Follower;
        leader = Cluster.NONE;
        promises.clear();
        armElectionTimer(ctx);
    }

    private void becomeLeader(Context ctx) {
        state = State.Leader;
        leader = self;
        leaseUntil = preparedAt + LEADER_LEASE; // not renewed: heartbeats are not acknowledged
        ctx.cancelTimer(ELECTION_TIMER);
        sendHeartbeats(ctx);
    }

    private void sendHeartbeats(Context ctx) {
        if (state != State.Leader) {
            return;
        }
        for (int id : others) {
            ctx.send(id, new Heartbeat(round, self));
        }
        ctx.setTimer(HEARTBEAT_TIMER, HEARTBEAT_PERIOD);
    }

    private void armElectionTimer(Context ctx) {
        ctx.setTimer(ELECTION_TIMER, ELECTION_TIMEOUT_MIN + ctx.random((int) ELECTION_TIMEOUT_SPREAD));
    }

    /** The promise and the round reach stable storage before any message that depends on them is sent. */
    private void persist(Context ctx) {
        ctx.persist(new Durable(promised, is("forget-round") ? 0 : round));
    }

    private boolean is(String name) {
        return name.equals(mutant);
    }

    private void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("promised", promised.tla());
        vars.put("round", round);
        vars.put("state", state.name());
        vars.put("promises", new TreeSet<>(promises));
        vars.put("leader", leader);
        ctx.record(action, vars);
    }

    @Override
    public Role role() {
        return switch (state) {
            case Follower -> Role.FOLLOWER;
            case Candidate -> Role.CANDIDATE;
            case Leader -> Role.LEADER;
        };
    }

    @Override
    public int leader() {
        return leader;
    }

    /** The ballot as round * 1024 + id: the candidate's or leader's own, else the one promised. */
    @Override
    public long term() {
        return state == State.Follower ? promised.encoded() : ballot().encoded();
    }
}
