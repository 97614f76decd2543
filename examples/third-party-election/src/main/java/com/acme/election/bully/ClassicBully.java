package com.acme.election.bully;

import com.acme.election.AcmeNode;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import java.util.List;
import java.util.Map;

/**
 * Garcia-Molina's Bully election for a synchronous network (messages take at most 10 ticks): the
 * highest live node leads. A node that suspects the leader asks every higher node; one that hears
 * no answer announces itself to the lower ones and leads once they have had time to hear it, so a
 * leader it replaces has stepped down first. A recovered node starts an election, which bullies
 * a lower leader out. Terms are not used (0).
 */
public class ClassicBully extends AcmeNode {

    /** The longest message delay this election relies on. */
    public static final long DELAY = 10;
    /** An Election reaches a live higher node and its Answer comes back within 2 delays; +1 for a same-tick arrival. */
    public static final long ANSWER_WAIT = 2 * DELAY + 1;
    /** After an Answer, the highest live node hears an Election, waits for answers and announces within this. */
    public static final long COORDINATOR_WAIT = 5 * DELAY;
    /** The leader's heartbeat period. */
    public static final long BEAT_PERIOD = DELAY;
    /** Longest silence of a live leader: beats arrive at most BEAT_PERIOD + DELAY - 1 apart. */
    public static final long SILENCE = 3 * DELAY;

    private enum Phase { ELECTING, WAITING, ANNOUNCING, LEADING, FOLLOWING }

    private static final String ANSWER_TIMER = "answer";
    private static final String COORDINATOR_TIMER = "coordinator";
    private static final String ANNOUNCE_TIMER = "announce";
    private static final String BEAT_TIMER = "beat";
    private static final String SILENCE_TIMER = "silence";

    private final int self;
    private final List<Integer> higher;
    private final List<Integer> lower;
    private final long announceWait;
    private Phase phase = Phase.ELECTING;

    public ClassicBully(int self, Cluster cluster) {
        this(self, cluster, DELAY + 1);
    }

    /**
     * A node that leads {@code announceWait} ticks after announcing itself: more than one delay,
     * so every lower node (an old leader among them) has heard it first; less is a bug.
     */
    protected ClassicBully(int self, Cluster cluster, long announceWait) {
        this.self = self;
        this.higher = cluster.members().stream().filter(id -> id > self).sorted().toList();
        this.lower = cluster.members().stream().filter(id -> id < self).sorted().toList();
        this.announceWait = announceWait;
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof Election) {
            ctx.send(from, new Answer());
            if (phase == Phase.LEADING) {
                ctx.send(from, new Coordinator());
            }
            // Otherwise this node follows a higher leader, which the requester asked too and which
            // answers it, or it is electing already.
        } else if (message instanceof Answer) {
            if (phase == Phase.ELECTING) {
                ctx.cancelTimer(ANSWER_TIMER);
                phase = Phase.WAITING;
                ctx.setTimer(COORDINATOR_TIMER, COORDINATOR_WAIT);
            }
        } else if (message instanceof Coordinator || message instanceof Beat) {
            if (from > self) {
                follow(ctx, from);
            } else if (phase == Phase.LEADING) {
                // A lower node believes it leads: this live, higher leader tells it otherwise.
                ctx.send(from, new Coordinator());
            }
        }
        record(ctx, "Receive" + message.type());
    }

    @Override
    public void timeout(Context ctx, String timer) {
        switch (timer) {
            case ANSWER_TIMER -> {
                if (phase == Phase.ELECTING) {
                    announce(ctx);
                }
            }
            case COORDINATOR_TIMER -> {
                if (phase == Phase.WAITING) {
                    elect(ctx);
                }
            }
            case ANNOUNCE_TIMER -> {
                if (phase == Phase.ANNOUNCING) {
                    phase = Phase.LEADING;
                    leader = self;
                    beat(ctx);
                }
            }
            case BEAT_TIMER -> {
                if (phase == Phase.LEADING) {
                    beat(ctx);
                }
            }
            case SILENCE_TIMER -> {
                if (phase == Phase.FOLLOWING) {
                    elect(ctx);
                }
            }
            default -> { }
        }
        record(ctx, "Timeout");
    }

    private void elect(Context ctx) {
        cancelAll(ctx);
        leader = Cluster.NONE;
        if (higher.isEmpty()) {
            announce(ctx);
            return;
        }
        phase = Phase.ELECTING;
        for (int id : higher) {
            ctx.send(id, new Election());
        }
        ctx.setTimer(ANSWER_TIMER, ANSWER_WAIT);
    }

    private void announce(Context ctx) {
        cancelAll(ctx);
        phase = Phase.ANNOUNCING;
        leader = Cluster.NONE;
        for (int id : lower) {
            ctx.send(id, new Coordinator());
        }
        if (announceWait == 0) {
            phase = Phase.LEADING;
            leader = self;
            beat(ctx);
        } else {
            ctx.setTimer(ANNOUNCE_TIMER, announceWait);
        }
    }

    private void follow(Context ctx, int who) {
        cancelAll(ctx);
        phase = Phase.FOLLOWING;
        leader = who;
        ctx.setTimer(SILENCE_TIMER, SILENCE);
    }

    private void beat(Context ctx) {
        for (int id : lower) {
            ctx.send(id, new Beat());
        }
        ctx.setTimer(BEAT_TIMER, BEAT_PERIOD);
    }

    private void cancelAll(Context ctx) {
        for (String t : List.of(ANSWER_TIMER, COORDINATOR_TIMER, ANNOUNCE_TIMER, BEAT_TIMER, SILENCE_TIMER)) {
            ctx.cancelTimer(t);
        }
    }

    /** Nothing is durable: a node, new or back, holds an election, so a recovered higher id takes over. */
    @Override
    protected void comeUp(Context ctx) {
        elect(ctx);
    }

    @Override
    protected void record(Context ctx, String action) {
        ctx.record(action, Map.of("phase", phase.name(), "leader", leader));
    }

    /** Its role follows from its phase. */
    @Override
    public Role role() {
        return switch (phase) {
            case LEADING -> Role.LEADER;
            case FOLLOWING -> Role.FOLLOWER;
            default -> Role.CANDIDATE;
        };
    }
}
