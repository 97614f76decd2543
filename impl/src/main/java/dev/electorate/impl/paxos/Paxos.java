package dev.electorate.impl.paxos;

import dev.electorate.impl.common.ReferenceNode;
import dev.electorate.impl.paxos.Messages.Heartbeat;
import dev.electorate.impl.paxos.Messages.HeartbeatAck;
import dev.electorate.impl.paxos.Messages.Nack;
import dev.electorate.impl.paxos.Messages.Prepare;
import dev.electorate.impl.paxos.Messages.Promise;
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
 * One node of Paxos ballot leadership (phase 1 of Lamport's "Paxos Made Simple" used to elect a
 * distinguished proposer): every node is a proposer and an acceptor; a proposer whose election timer
 * fires prepares a ballot above every round it has seen, leads once a majority promised it, and
 * steps down when it sees a higher ballot. Its reactions are the actions of {@code Paxos.tla} and it
 * records that module's variables {@code promised}, {@code round}, {@code state}, {@code promises}
 * and {@code leader}.
 *
 * <p>The lease option (Paxos.tla with {@code Lease} TRUE) adds a leader lease under an explicit
 * clock-drift bound: an acceptor that promised or acknowledged a proposer promises no other for
 * {@link #LEASE} ticks of its clock; the leader counts its lease for the shorter {@link #LEASE_HELD}
 * ticks of its own clock from the sending of the Prepares or heartbeat a majority acknowledged, and
 * steps down when it runs out unrenewed. Within the bound two leases never overlap in real time; a
 * clock outside it can make them. With the option the node also records the spec's {@code clock}
 * (its clock reading), {@code leaseHolder}, {@code leaseFrom} and {@code leaseUntil}.
 */
public final class Paxos extends ReferenceNode {

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
    static final String LEASE_TIMER = "lease";

    /**
     * Lease option: an acceptor promises no other proposer for this many ticks of its own clock after it
     * last promised or acknowledged the leader, the shortest election timeout.
     */
    static final long LEASE = ELECTION_TIMEOUT_MIN;
    /** Lease option: the clock-drift bound, in thousandths: every clock runs at 90% to 110% of real time. */
    static final long DRIFT_PER_MILLE = 100;
    /**
     * Lease option: how long the leader counts its lease, on its own clock, from the sending of what a
     * majority acknowledged. Its clock at the slowest allowed rate and an acceptor's at the fastest,
     * LEASE_HELD / (1 - drift) real ticks still end before LEASE / (1 + drift) do.
     */
    static final long LEASE_HELD = LEASE * (1000 - DRIFT_PER_MILLE) / (1000 + DRIFT_PER_MILLE);

    private final int self;
    private final List<Integer> others;
    private final int quorum;

    /** The acceptor's promise: it takes part in no ballot below this one (durable). */
    private Ballot promised = Ballot.ZERO;
    /** The highest round this node used or saw; its next ballot is (round + 1, self) (durable). */
    private long round;
    private State state = State.Follower;
    /** The acceptors that promised this candidate's ballot (round, self). */
    private final SortedSet<Integer> promises = new TreeSet<>();

    /** With the lease option: the acceptor's side of the lease (who holds it, since when on its clock). */
    private final boolean leases;
    private int leaseHolder = Cluster.NONE;
    /** Clocks start at 0, so a lease granted at -LEASE has run out before anything happens. */
    private long leaseFrom = -LEASE;
    /** With the lease option: the leader's side, the clock reading until which it holds the lease. */
    private long leaseUntil;
    /** The clock reading at which this candidate sent its Prepares: promises grant the lease from then. */
    private long preparedAt;
    /** Per heartbeat sent (by its clock reading), the acceptors that acknowledged it. */
    private final java.util.NavigableMap<Long, SortedSet<Integer>> acks = new java.util.TreeMap<>();

    Paxos(int self, Cluster cluster, String mutant) {
        this(self, cluster, mutant, false);
    }

    Paxos(int self, Cluster cluster, String mutant, boolean leases) {
        super(mutant);
        this.self = self;
        this.others = cluster.others(self);
        this.quorum = cluster.majority();
        this.leases = leases;
    }

    @Override
    protected void comeUp(Context ctx) {
        armElectionTimer(ctx);
    }

    @Override
    protected void recover(Context ctx, Object durable) {
        if (durable instanceof Durable d) {
            promised = d.promised();
            round = d.round();
        }
        if (leases) {
            // It may have granted a lease it no longer remembers: it promises nobody until that would have ended.
            leaseHolder = Cluster.NONE;
            leaseFrom = ctx.now();
        }
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
            receiveHeartbeat(ctx, from, new Ballot(m.round(), m.proposer()), m.sentAt());
            record(ctx, "ReceiveHeartbeat");
        } else if (message instanceof HeartbeatAck m) {
            receiveHeartbeatAck(ctx, from, new Ballot(m.round(), m.proposer()), m.sentAt());
            record(ctx, "ReceiveHeartbeatAck");
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
            case LEASE_TIMER -> record(ctx, leaseExpired(ctx) ? "LeaseExpire" : "LeaseRenewed");
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
        acks.clear();
        preparedAt = ctx.now();
        // Its own acceptor is not leased to it until it wins: a candidate that keeps losing (a minority
        // that prepares ever higher ballots) must still be able to promise the majority's next ballot.
        if (ballot().atLeast(promised) && grantsLeaseTo(ctx, self)) {
            promised = ballot();
            promises.add(self);
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
        if (!grantsLeaseTo(ctx, b.proposer())) {
            return; // another proposer holds this acceptor's lease: no answer, its timer will try again
        }
        if (!b.atLeast(promised)) {
            ctx.send(from, new Nack(b.round(), b.proposer(), promised.round(), promised.proposer()));
            return;
        }
        observe(ctx, b);
        if (state == State.Follower && b.above(promised)) {
            leader = Cluster.NONE; // the leader it followed is now refused
        }
        promised = b;
        persist(ctx);
        if (state == State.Follower) {
            armElectionTimer(ctx); // give the candidate time to win
        }
        holdLease(ctx, b.proposer());
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
        if (leases && preparedAt + LEASE_HELD <= ctx.now()) {
            // The majority came too late: the lease it would grant, counted from the Prepares, has run out
            // already, and without a lease this node must not believe it leads. Its election timer retries.
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

    private void receiveHeartbeat(Context ctx, int from, Ballot b, long sentAt) {
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
            armElectionTimer(ctx);
        }
        if (leases && grantsLeaseTo(ctx, b.proposer())) {
            holdLease(ctx, b.proposer());
            ctx.send(from, new HeartbeatAck(b.round(), b.proposer(), sentAt));
        }
    }

    /** Lease option: a majority acknowledged the heartbeat sent at {@code sentAt}: the lease runs from then. */
    private void receiveHeartbeatAck(Context ctx, int from, Ballot b, long sentAt) {
        if (state != State.Leader || !b.equals(ballot())) {
            return;
        }
        SortedSet<Integer> by = acks.get(sentAt);
        if (by == null) {
            return; // older than a heartbeat already acknowledged by a majority
        }
        by.add(from);
        if (by.size() >= quorum) {
            extendLease(ctx, sentAt);
            acks.headMap(sentAt, true).clear();
        }
    }

    /** Whether this acceptor may promise or acknowledge {@code proposer} now: no one else holds its lease. */
    private boolean grantsLeaseTo(Context ctx, int proposer) {
        return !leases || proposer == leaseHolder || ctx.now() - leaseFrom >= LEASE;
    }

    private void holdLease(Context ctx, int proposer) {
        if (leases) {
            leaseHolder = proposer;
            leaseFrom = ctx.now();
        }
    }

    private void extendLease(Context ctx, long from) {
        if (from + LEASE_HELD > leaseUntil && from + LEASE_HELD > ctx.now()) {
            leaseUntil = from + LEASE_HELD;
            ctx.setTimer(LEASE_TIMER, leaseUntil - ctx.now());
        }
    }

    /** The lease timer fired: returns whether the lease has run out (no renewal moved it on). */
    private boolean leaseExpired(Context ctx) {
        if (ctx.now() < leaseUntil) {
            ctx.setTimer(LEASE_TIMER, leaseUntil - ctx.now());
            return false;
        }
        // Without its lease it no longer leads: it steps down and will campaign with a higher ballot, so
        // every tenure has a fencing token of its own.
        state = State.Follower;
        leader = Cluster.NONE;
        ctx.cancelTimer(HEARTBEAT_TIMER);
        armElectionTimer(ctx);
        return true;
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
            ctx.cancelTimer(LEASE_TIMER);
        }
        state = State.Follower;
        leader = Cluster.NONE;
        promises.clear();
        armElectionTimer(ctx);
    }

    private void becomeLeader(Context ctx) {
        state = State.Leader;
        leader = self;
        ctx.cancelTimer(ELECTION_TIMER);
        if (leases) {
            // The promises were granted at or after the Prepares left, and receivePromise checked that the
            // lease counted from then is still running.
            leaseUntil = preparedAt + LEASE_HELD;
            ctx.setTimer(LEASE_TIMER, leaseUntil - ctx.now());
            holdLease(ctx, self);
        }
        sendHeartbeats(ctx);
    }

    private void sendHeartbeats(Context ctx) {
        if (state != State.Leader) {
            return;
        }
        long now = leases ? ctx.now() : 0;
        if (leases) {
            SortedSet<Integer> by = new TreeSet<>();
            by.add(self);
            acks.put(now, by);
            holdLease(ctx, self);
        }
        for (int id : others) {
            ctx.send(id, new Heartbeat(round, self, now));
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

    @Override
    protected void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("promised", promised.tla());
        vars.put("round", round);
        vars.put("state", state.name());
        vars.put("promises", new TreeSet<>(promises));
        vars.put("leader", leader);
        if (leases) {
            vars.put("clock", ctx.now());
            vars.put("leaseHolder", leaseHolder);
            vars.put("leaseFrom", leaseFrom);
            vars.put("leaseUntil", leaseUntil);
        }
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

    /** The ballot as round * 1024 + id: the candidate's or leader's own, else the one promised. */
    @Override
    public long term() {
        return state == State.Follower ? promised.encoded() : ballot().encoded();
    }
}
