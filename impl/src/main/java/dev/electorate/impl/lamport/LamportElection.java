package dev.electorate.impl.lamport;

import dev.electorate.impl.common.ExclusiveTimers;
import dev.electorate.impl.common.ReferenceNode;
import dev.electorate.impl.lamport.Messages.Election;
import dev.electorate.impl.lamport.Messages.Heartbeat;
import dev.electorate.impl.lamport.Messages.Leader;
import dev.electorate.impl.lamport.Messages.Nack;
import dev.electorate.impl.lamport.Messages.Ok;
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
 * One node of the Lamport-clock election (docs/algorithms.md): candidates stamp their ELECTION
 * with (Lamport clock, id) and the greatest stamp wins. Its reactions are the actions of
 * {@code LamportElection.tla} and it records that module's variables {@code state}, {@code clock},
 * {@code stamp}, {@code leader} and {@code oks}.
 */
public final class LamportElection extends ReferenceNode {

    /** The node's phase; the names are the TLA+ values of {@code state[n]}. */
    enum State { Idle, Candidate, Leader, Follower }

    private static final long D = Timing.MAX_DELAY;
    /** Every ELECTION reaches a live node within D and its answer comes back within D; +1 beats a same-tick arrival. */
    static final long ANSWER_TIMEOUT = 2 * D + 1;
    /** The leader's heartbeat period. */
    static final long HEARTBEAT_PERIOD = D;
    /**
     * Longest silence a follower accepts. Heartbeats arrive at most PERIOD + D - 1 apart; a promised
     * candidate declares within ANSWER_TIMEOUT of sending its ELECTION and its LEADER takes D more,
     * 3D + 1 after the ELECTION was sent and so at most 3D after it arrived. 4D outlasts both.
     */
    static final long SILENCE_TIMEOUT = 4 * D;

    static final String ANSWER_TIMER = "answer";
    static final String SILENCE_TIMER = "silence";
    static final String BEAT_TIMER = "beat";
    private static final ExclusiveTimers TIMERS = new ExclusiveTimers(ANSWER_TIMER, SILENCE_TIMER, BEAT_TIMER);

    private final int self;
    private final List<Integer> others;
    private State state = State.Idle;
    private long clock;
    private Stamp stamp = Stamp.NONE;
    private final SortedSet<Integer> oks = new TreeSet<>();

    LamportElection(int self, Cluster cluster, String mutant) {
        super(mutant);
        this.self = self;
        this.others = cluster.others(self);
    }

    @Override
    protected void comeUp(Context ctx) {
        runForLeader(ctx);
    }

    /** Only the clock survives: the new candidacy's stamp is greater than any this node used before. */
    @Override
    protected void recover(Context ctx, Object durable) {
        if (durable instanceof Long c) {
            clock = c;
        }
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof Election m) {
            observe(ctx, m.clock());
            receiveElection(ctx, new Stamp(m.clock(), from), from);
            record(ctx, "ReceiveElection");
        } else if (message instanceof Ok m) {
            observe(ctx, m.round());
            receiveOk(ctx, from, m.round());
            record(ctx, "ReceiveOk");
        } else if (message instanceof Nack m) {
            observe(ctx, m.round());
            Stamp greater = new Stamp(m.round(), m.holder());
            if (state == State.Candidate && greater(greater, stamp)) {
                promise(ctx, greater, Cluster.NONE);
            }
            record(ctx, "ReceiveNack");
        } else if (message instanceof Leader m) {
            observe(ctx, m.round());
            receiveLeader(ctx, new Stamp(m.round(), from), from);
            record(ctx, "ReceiveLeader");
        } else if (message instanceof Heartbeat) {
            if (state == State.Follower && from == leader && leader != Cluster.NONE) {
                TIMERS.armOnly(ctx, SILENCE_TIMER, SILENCE_TIMEOUT);
            }
            record(ctx, "ReceiveHeartbeat");
        } else {
            // Not a message of this algorithm: consumed without effect, still one recorded step.
            record(ctx, "ReceiveUnknown");
        }
    }

    @Override
    public void timeout(Context ctx, String timer) {
        switch (timer) {
            case ANSWER_TIMER -> {
                // Every live node has answered by now; none refused (a NACK made this node withdraw).
                declare(ctx);
                record(ctx, "AnswerTimeout");
            }
            case SILENCE_TIMER -> {
                runForLeader(ctx);
                record(ctx, "HeartbeatTimeout");
            }
            case BEAT_TIMER -> {
                for (int id : others) {
                    ctx.send(id, new Heartbeat());
                }
                TIMERS.armOnly(ctx, BEAT_TIMER, HEARTBEAT_PERIOD);
                record(ctx, "SendHeartbeat");
            }
            default -> record(ctx, "UnknownTimeout");
        }
    }

    private void receiveElection(Context ctx, Stamp t, int from) {
        if (t.equals(stamp) || greater(t, stamp)) {
            // Promise t (a candidate withdraws, a leader steps down) and say so; t = stamp is a repeat.
            if (state == State.Leader && is("keep-leading")) {
                ctx.send(from, new Ok(t.clock()));
                return;
            }
            promise(ctx, t, Cluster.NONE);
            ctx.send(from, new Ok(t.clock()));
        } else if (state == State.Leader) {
            // The candidate missed the announcement (it restarted since): tell it again.
            ctx.send(from, new Leader(stamp.clock()));
        } else {
            ctx.send(from, new Nack(stamp.clock(), stamp.id()));
        }
    }

    private void receiveOk(Context ctx, int from, long round) {
        if (state != State.Candidate || round != stamp.clock()) {
            return; // an answer to an earlier candidacy
        }
        oks.add(from);
        boolean enough = is("declare-early") || oks.containsAll(others);
        if (enough) {
            declare(ctx);
        }
    }

    private void receiveLeader(Context ctx, Stamp g, int from) {
        if (greater(stamp, g)) {
            return; // a stale announcement: its sender meets the greater stamp's ELECTION and steps down
        }
        if (state == State.Leader && is("keep-leading")) {
            return;
        }
        promise(ctx, g, from);
    }

    /** A fresh candidacy: a stamp greater than every one this node has heard of, ELECTION to all. */
    private void runForLeader(Context ctx) {
        clock++;
        ctx.persist(clock);
        stamp = new Stamp(clock, self);
        leader = Cluster.NONE;
        oks.clear();
        state = State.Candidate;
        for (int id : others) {
            ctx.send(id, new Election(clock));
        }
        TIMERS.armOnly(ctx, ANSWER_TIMER, ANSWER_TIMEOUT);
        if (others.isEmpty()) {
            declare(ctx); // a cluster of one
        }
    }

    /** Leads with the current stamp: LEADER to all, then heartbeats every period. */
    private void declare(Context ctx) {
        state = State.Leader;
        leader = self;
        if (!is("silent-declare")) {
            for (int id : others) {
                ctx.send(id, new Leader(stamp.clock()));
            }
        }
        TIMERS.armOnly(ctx, BEAT_TIMER, HEARTBEAT_PERIOD);
    }

    /** Follows {@code holder} of stamp {@code s}, or waits for s's LEADER when holder is NONE. */
    private void promise(Context ctx, Stamp s, int holder) {
        stamp = s;
        leader = holder;
        oks.clear();
        state = State.Follower;
        TIMERS.armOnly(ctx, SILENCE_TIMER, SILENCE_TIMEOUT);
    }

    /** Lamport's receive rule on the stamp's clock: the next candidacy outbids every stamp seen. */
    private void observe(Context ctx, long received) {
        if (received > clock) {
            clock = received;
            ctx.persist(clock);
        }
    }

    private boolean greater(Stamp a, Stamp b) {
        return (is("clock-only") ? a.compareClockOnly(b) : a.compareTo(b)) > 0;
    }

    @Override
    protected void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("state", state.name());
        vars.put("clock", clock);
        vars.put("stamp", stamp.asTuple());
        vars.put("leader", leader);
        vars.put("oks", new TreeSet<>(oks));
        ctx.record(action, vars);
    }

    @Override
    public Role role() {
        return switch (state) {
            case Idle -> Role.IDLE;
            case Candidate -> Role.CANDIDATE;
            case Leader -> Role.LEADER;
            case Follower -> Role.FOLLOWER;
        };
    }

    // No term() of its own: Uniqueness is global (never two live leaders, whatever their stamps), as for term-less algorithms.
}
