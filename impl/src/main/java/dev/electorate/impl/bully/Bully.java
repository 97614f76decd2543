package dev.electorate.impl.bully;

import dev.electorate.impl.bully.Messages.Answer;
import dev.electorate.impl.bully.Messages.Coordinator;
import dev.electorate.impl.bully.Messages.Election;
import dev.electorate.impl.bully.Messages.Heartbeat;
import dev.electorate.impl.common.ExclusiveTimers;
import dev.electorate.impl.common.ReferenceNode;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import dev.electorate.spec.Timing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of Garcia-Molina's Bully algorithm with a heartbeat failure detector; its reactions
 * are the actions of {@code Bully.tla} and it records that module's variables {@code state} and
 * {@code leader}.
 */
public final class Bully extends ReferenceNode {

    /** The node's phase; the names are the TLA+ values of {@code state[n]}. */
    enum State { Idle, Election, Waiting, Announcing, Leader, Follower }

    private static final long D = Timing.MAX_DELAY;
    /** An ELECTION reaches a live higher node within D and its ANSWER comes back within D; +1 beats a same-tick arrival. */
    static final long ANSWER_TIMEOUT = 2 * D + 1;
    /**
     * After an ANSWER, the highest live node has got the ELECTION (within D), may run its own
     * election (2D+1) and its COORDINATOR takes D more.
     */
    static final long COORDINATOR_TIMEOUT = 4 * D + 1;
    /** Every lower node has received the COORDINATOR (and an old leader stepped down) D+1 ticks after it was sent. */
    static final long ANNOUNCE_DELAY = D + 1;
    /** The leader's heartbeat period. */
    static final long HEARTBEAT_PERIOD = D;
    /**
     * Longest silence a follower accepts: receipts of consecutive heartbeats are at most
     * PERIOD + D - 1 apart, and the first heartbeat (sent on BecomeLeader) comes at most 2D after the
     * COORDINATOR; anything longer means the leader is gone.
     */
    static final long HEARTBEAT_TIMEOUT = 3 * D;

    static final String ANSWER_TIMER = "answer";
    static final String COORDINATOR_TIMER = "coordinator";
    static final String ANNOUNCE_TIMER = "announce";
    static final String HEARTBEAT_TIMER = "heartbeat";
    static final String BEAT_TIMER = "beat";
    private static final ExclusiveTimers TIMERS =
            new ExclusiveTimers(ANSWER_TIMER, COORDINATOR_TIMER, ANNOUNCE_TIMER, HEARTBEAT_TIMER, BEAT_TIMER);

    private final int self;
    private final List<Integer> higher;
    private final List<Integer> lower;
    private final List<Integer> others;
    private State state = State.Idle;

    Bully(int self, Cluster cluster, String mutant) {
        super(mutant);
        this.self = self;
        this.higher = cluster.members().stream().filter(id -> id > self).sorted().toList();
        this.lower = cluster.members().stream().filter(id -> id < self).sorted().toList();
        this.others = cluster.others(self);
    }

    /** Nothing is durable: a recovered node holds an election, so a recovered higher id takes over. */
    @Override
    protected void comeUp(Context ctx) {
        startElection(ctx);
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof Election) {
            receiveElection(ctx, from);
            record(ctx, "ReceiveElection");
        } else if (message instanceof Answer) {
            receiveAnswer(ctx);
            record(ctx, "ReceiveAnswer");
        } else if (message instanceof Coordinator) {
            receiveCoordinator(ctx, from);
            record(ctx, "ReceiveCoordinator");
        } else if (message instanceof Heartbeat) {
            if (state == State.Follower && from == leader) {
                enter(ctx, State.Follower, HEARTBEAT_TIMER, HEARTBEAT_TIMEOUT);
            }
            record(ctx, "ReceiveHeartbeat");
        } else {
            // Not a Bully message: consumed without effect, still one recorded step.
            record(ctx, "ReceiveUnknown");
        }
    }

    @Override
    public void timeout(Context ctx, String timer) {
        switch (timer) {
            case ANSWER_TIMER -> {
                // No higher node answered in time: none is alive, so this node is the highest live id.
                announce(ctx);
                record(ctx, "AnswerTimeout");
            }
            case COORDINATOR_TIMER -> {
                // The node that answered died before announcing: start over.
                startElection(ctx);
                record(ctx, "CoordinatorTimeout");
            }
            case HEARTBEAT_TIMER -> {
                startElection(ctx);
                record(ctx, "HeartbeatTimeout");
            }
            case ANNOUNCE_TIMER -> {
                sendHeartbeats(ctx);
                record(ctx, "BecomeLeader");
            }
            case BEAT_TIMER -> {
                sendHeartbeats(ctx);
                record(ctx, "SendHeartbeat");
            }
            default -> record(ctx, "UnknownTimeout");
        }
    }

    private void receiveElection(Context ctx, int from) {
        if (is("no-answer")) {
            return;
        }
        ctx.send(from, new Answer());
        if (state == State.Announcing || state == State.Leader) {
            // The candidate may have missed the announcement (it restarted since): tell it again.
            ctx.send(from, new Coordinator());
        }
        // A follower does not take over: its leader got the same ELECTION and replies with
        // COORDINATOR, and if that leader is dead the follower's own heartbeat timeout notices.
    }

    private void receiveAnswer(Context ctx) {
        if (state == State.Election) {
            enter(ctx, State.Waiting, COORDINATOR_TIMER, COORDINATOR_TIMEOUT);
        }
    }

    private void receiveCoordinator(Context ctx, int from) {
        if (from > self) {
            if (state == State.Follower && leader > from) {
                // A follower that trusts a higher leader ignores a lower announcer: it is stale (it
                // was bullied since) or that leader is dead, which the heartbeat timeout will tell.
                return;
            }
            leader = from;
            enter(ctx, State.Follower, HEARTBEAT_TIMER, HEARTBEAT_TIMEOUT);
        } else if (state == State.Announcing || state == State.Leader) {
            ctx.send(from, new Coordinator());
        } else {
            // A lower id claims to lead: bully it.
            startElection(ctx);
        }
    }

    private void startElection(Context ctx) {
        leader = Cluster.NONE;
        if (higher.isEmpty()) {
            announce(ctx);
            return;
        }
        for (int id : higher) {
            ctx.send(id, new Election());
        }
        enter(ctx, State.Election, ANSWER_TIMER, ANSWER_TIMEOUT);
    }

    private void announce(Context ctx) {
        leader = self;
        for (int id : lower) {
            ctx.send(id, new Coordinator());
        }
        if (is("assume-at-once")) {
            sendHeartbeats(ctx);
            return;
        }
        enter(ctx, State.Announcing, ANNOUNCE_TIMER, ANNOUNCE_DELAY);
    }

    /** Leads: heartbeats to every other node now and every period. */
    private void sendHeartbeats(Context ctx) {
        for (int id : others) {
            ctx.send(id, new Heartbeat());
        }
        enter(ctx, State.Leader, BEAT_TIMER, HEARTBEAT_PERIOD);
    }

    /** Moves to {@code next} with exactly one timer running, the one that state waits on. */
    private void enter(Context ctx, State next, String timer, long delay) {
        state = next;
        if (timer.equals(HEARTBEAT_TIMER) && is("no-heartbeat-timeout")) {
            TIMERS.cancelAllBut(ctx, timer);
            ctx.cancelTimer(timer);
            return;
        }
        TIMERS.armOnly(ctx, timer, delay);
    }

    @Override
    protected void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("state", state.name());
        vars.put("leader", leader);
        ctx.record(action, vars);
    }

    @Override
    public Role role() {
        return switch (state) {
            case Idle -> Role.IDLE;
            case Election, Waiting, Announcing -> Role.CANDIDATE;
            case Leader -> Role.LEADER;
            case Follower -> Role.FOLLOWER;
        };
    }
}
