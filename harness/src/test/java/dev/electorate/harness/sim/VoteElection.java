package dev.electorate.harness.sim;

import dev.electorate.spec.BeliefNode;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import java.util.List;
import java.util.Map;

/**
 * A majority-vote election with terms, written as a third party would: a candidate asks for votes,
 * each node votes once per term and keeps its term and vote on disk, a leader sends heartbeats.
 * Correct as written here: a vote is persisted before it is sent. Election timeouts are drawn from
 * a narrow range, so rival candidates in one term are common.
 */
public class VoteElection extends BeliefNode {

    /** The durable part: the highest term seen and the vote given in it. */
    public record Ballot(long term, int votedFor) {}

    /** A candidate asks for a vote in its term. */
    public record RequestVote(long term) implements Message {}

    /** A vote for the receiver in {@code term}. */
    public record Vote(long term) implements Message {}

    /** The leader of {@code term} is alive. */
    public record Heartbeat(long term) implements Message {}

    static final String ELECTION = "election";
    static final String BEAT = "beat";

    protected final int self;
    protected final List<Integer> others;
    protected int votedFor = Cluster.NONE;
    private int votes;

    public VoteElection(int self, Cluster cluster) {
        this.self = self;
        this.others = cluster.members().stream().filter(id -> id != self).toList();
        this.role = Role.FOLLOWER;
    }

    @Override
    public void start(Context ctx) {
        waitForLeader(ctx);
        ctx.record("Start", Map.of());
    }

    @Override
    public void restart(Context ctx, Object durable) {
        if (durable instanceof Ballot b) {
            term = b.term();
            votedFor = b.votedFor();
        }
        waitForLeader(ctx);
        ctx.record("Restart", Map.of());
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof RequestVote m) {
            observe(ctx, m.term());
            if (m.term() == term && (votedFor == Cluster.NONE || votedFor == from)) {
                votedFor = from;
                grant(ctx, from);
            }
        } else if (message instanceof Vote m) {
            if (m.term() == term && role == Role.CANDIDATE && ++votes > (others.size() + 1) / 2) {
                role = Role.LEADER;
                leader = self;
                ctx.cancelTimer(ELECTION);
                beat(ctx);
            }
        } else if (message instanceof Heartbeat m && m.term() >= term) {
            observe(ctx, m.term());
            role = Role.FOLLOWER;
            leader = from;
            waitForLeader(ctx);
        }
        ctx.record("Receive" + message.type(), Map.of());
    }

    @Override
    public void timeout(Context ctx, String timer) {
        if (timer.equals(BEAT) && role == Role.LEADER) {
            beat(ctx);
        } else if (timer.equals(ELECTION)) {
            term++;
            votedFor = self;
            votes = 1;
            role = Role.CANDIDATE;
            leader = Cluster.NONE;
            save(ctx);
            for (int id : others) {
                ctx.send(id, new RequestVote(term));
            }
            waitForLeader(ctx);
        }
        ctx.record("Timeout", Map.of());
    }

    /** Gives the vote: on disk first, then on the wire. */
    protected void grant(Context ctx, int candidate) {
        save(ctx);
        ctx.send(candidate, new Vote(term));
    }

    /** Writes the durable part. */
    protected void save(Context ctx) {
        ctx.persist(new Ballot(term, votedFor));
    }

    private void observe(Context ctx, long seen) {
        if (seen > term) {
            term = seen;
            votedFor = Cluster.NONE;
            role = Role.FOLLOWER;
            leader = Cluster.NONE;
            save(ctx);
        }
    }

    private void beat(Context ctx) {
        for (int id : others) {
            ctx.send(id, new Heartbeat(term));
        }
        ctx.setTimer(BEAT, 20);
    }

    private void waitForLeader(Context ctx) {
        ctx.setTimer(ELECTION, 100 + ctx.random(11));
    }
}
