package com.acme.election.majority;

import com.acme.election.AcmeNode;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A majority election for crash-stop nodes, with nothing on disk: numbered rounds, a single ballot
 * per node and round, the leader of a round is whoever gathers ballots from a majority, and it
 * announces itself every period. A node that hears of a later round joins it. Without a disk a
 * restarted node would forget its ballot, so it is declared for crashes without recovery.
 */
public class SimpleMajority extends AcmeNode {

    /** Ticks between two announcements of the leader. */
    public static final long PERIOD = 10;
    /** The shortest wait for a leader before standing: eight periods. */
    public static final int PATIENCE_MIN = 80;
    /** Waits are drawn from [PATIENCE_MIN, PATIENCE_MIN + PATIENCE_SPREAD), so rivals rarely tie. */
    public static final int PATIENCE_SPREAD = 80;

    private static final String STAND = "stand";
    private static final String ANNOUNCE = "announce";

    private final int self;
    private final List<Integer> others;
    private final int majority;
    private final boolean oneBallot;
    private final Set<Integer> ballots = new HashSet<>();
    private long round;
    private int ballotFor = Cluster.NONE;

    public SimpleMajority(int self, Cluster cluster) {
        this(self, cluster, true);
    }

    /** A node that casts one ballot per round, or (a bug) one to every candidate when {@code oneBallot} is false. */
    protected SimpleMajority(int self, Cluster cluster, boolean oneBallot) {
        this.self = self;
        this.others = cluster.members().stream().filter(id -> id != self).sorted().toList();
        this.majority = cluster.size() / 2 + 1;
        this.oneBallot = oneBallot;
        this.role = Role.FOLLOWER;
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        long theirs = message instanceof Candidacy c ? c.round()
                : message instanceof Ballot b ? b.round()
                : message instanceof Leading l ? l.round()
                : round;
        if (theirs > round) {
            if (role == Role.LEADER) {
                ctx.cancelTimer(ANNOUNCE);
            }
            round = theirs;
            ballotFor = Cluster.NONE;
            role = Role.FOLLOWER;
            leader = Cluster.NONE;
            awaitLeader(ctx);
        }
        if (message instanceof Candidacy c && c.round() == round && role == Role.FOLLOWER
                && (ballotFor == Cluster.NONE || ballotFor == from || !oneBallot)) {
            ballotFor = from;
            awaitLeader(ctx);
            ctx.send(from, new Ballot(round));
        } else if (message instanceof Ballot b && b.round() == round && role == Role.CANDIDATE) {
            ballots.add(from);
            if (ballots.size() >= majority) {
                lead(ctx);
            }
        } else if (message instanceof Leading l && l.round() == round && role != Role.LEADER) {
            role = Role.FOLLOWER;
            leader = from;
            awaitLeader(ctx);
        }
        record(ctx, "Receive" + message.type());
    }

    @Override
    public void timeout(Context ctx, String timer) {
        if (timer.equals(STAND) && role != Role.LEADER) {
            round++;
            ballotFor = self;
            role = Role.CANDIDATE;
            leader = Cluster.NONE;
            ballots.clear();
            ballots.add(self);
            for (int peer : others) {
                ctx.send(peer, new Candidacy(round));
            }
            awaitLeader(ctx);
            if (ballots.size() >= majority) {
                lead(ctx);
            }
            record(ctx, "Stand");
        } else if (timer.equals(ANNOUNCE) && role == Role.LEADER) {
            announce(ctx);
            record(ctx, "Announce");
        } else {
            record(ctx, "StaleTimer");
        }
    }

    /** Nothing is durable (hence crash-stop): a node, new or back, gives a leader a while to show before it stands. */
    @Override
    protected void comeUp(Context ctx) {
        awaitLeader(ctx);
    }

    private void lead(Context ctx) {
        role = Role.LEADER;
        leader = self;
        ctx.cancelTimer(STAND);
        announce(ctx);
    }

    private void announce(Context ctx) {
        for (int peer : others) {
            ctx.send(peer, new Leading(round));
        }
        ctx.setTimer(ANNOUNCE, PERIOD);
    }

    private void awaitLeader(Context ctx) {
        ctx.setTimer(STAND, PATIENCE_MIN + ctx.random(PATIENCE_SPREAD));
    }

    @Override
    protected void record(Context ctx, String action) {
        ctx.record(action, Map.of("round", round, "role", role.name(), "leader", leader, "ballotFor", ballotFor));
    }

    @Override
    public long term() {
        return round;
    }
}
