package com.acme.election.raft;

import com.acme.election.AcmeNode;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raft's leader election without the log: terms, one vote per term kept on disk, randomized
 * election timeouts, a leader per majority of votes, heartbeats, and a step down on any higher
 * term. Safe under every fault; elects within a few timeouts once the network is synchronous again
 * and a majority is up.
 */
public class MajorityRaft extends AcmeNode {

    /** Ticks between two heartbeats of the leader. */
    public static final long HEARTBEAT_PERIOD = 10;
    /** The shortest election timeout: ten heartbeats, so a live leader is never suspected. */
    public static final int TIMEOUT_MIN = 100;
    /** Election timeouts are drawn from [TIMEOUT_MIN, TIMEOUT_MIN + TIMEOUT_SPREAD). */
    public static final int TIMEOUT_SPREAD = 100;

    private static final String ELECTION = "election";
    private static final String BEAT = "heartbeat";

    /** What survives a crash: the term and the vote cast in it. */
    public record Durable(long term, int votedFor) implements Serializable {}

    private final int self;
    private final List<Integer> others;
    private final int majority;
    private final boolean keepsVote;
    private final Set<Integer> votes = new HashSet<>();
    private int votedFor = Cluster.NONE;

    public MajorityRaft(int self, Cluster cluster) {
        this(self, cluster, true);
    }

    /** A node that writes its vote to disk, or (a bug) only its term when {@code keepsVote} is false. */
    protected MajorityRaft(int self, Cluster cluster, boolean keepsVote) {
        this.self = self;
        this.others = cluster.members().stream().filter(id -> id != self).sorted().toList();
        this.majority = cluster.size() / 2 + 1;
        this.keepsVote = keepsVote;
        this.role = Role.FOLLOWER;
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        long theirs = message instanceof VoteRequest r ? r.term()
                : message instanceof Vote v ? v.term()
                : message instanceof Heartbeat h ? h.term()
                : term;
        if (theirs > term) {
            term = theirs;
            votedFor = Cluster.NONE;
            followUnknown(ctx);
            save(ctx);
        }
        if (message instanceof VoteRequest r) {
            boolean grant = r.term() == term && role != Role.LEADER
                    && (votedFor == Cluster.NONE || votedFor == from);
            if (grant && votedFor != from) {
                votedFor = from;
                // On disk before the vote leaves: a node that crashes after voting remembers it.
                save(ctx);
            }
            if (grant) {
                resetElectionTimer(ctx);
            }
            ctx.send(from, new Vote(term, grant));
            record(ctx, "HandleVoteRequest");
        } else if (message instanceof Vote v) {
            if (role == Role.CANDIDATE && v.term() == term && v.granted()) {
                votes.add(from);
                if (votes.size() >= majority) {
                    lead(ctx);
                }
            }
            record(ctx, "HandleVote");
        } else if (message instanceof Heartbeat h) {
            if (h.term() == term && role != Role.LEADER) {
                role = Role.FOLLOWER;
                leader = from;
                resetElectionTimer(ctx);
            }
            record(ctx, "HandleHeartbeat");
        } else {
            record(ctx, "Ignore");
        }
    }

    @Override
    public void timeout(Context ctx, String timer) {
        if (timer.equals(ELECTION) && role != Role.LEADER) {
            term++;
            votedFor = self;
            role = Role.CANDIDATE;
            leader = Cluster.NONE;
            votes.clear();
            votes.add(self);
            save(ctx);
            for (int peer : others) {
                ctx.send(peer, new VoteRequest(term));
            }
            resetElectionTimer(ctx);
            if (votes.size() >= majority) {
                lead(ctx);
            }
            record(ctx, "Campaign");
        } else if (timer.equals(BEAT) && role == Role.LEADER) {
            beat(ctx);
            record(ctx, "Beat");
        } else {
            record(ctx, "StaleTimer");
        }
    }

    private void lead(Context ctx) {
        role = Role.LEADER;
        leader = self;
        ctx.cancelTimer(ELECTION);
        beat(ctx);
    }

    private void beat(Context ctx) {
        for (int peer : others) {
            ctx.send(peer, new Heartbeat(term));
        }
        ctx.setTimer(BEAT, HEARTBEAT_PERIOD);
    }

    /** A newer term began: whoever leads it is not known yet. */
    private void followUnknown(Context ctx) {
        if (role == Role.LEADER) {
            ctx.cancelTimer(BEAT);
        }
        role = Role.FOLLOWER;
        leader = Cluster.NONE;
        resetElectionTimer(ctx);
    }

    private void resetElectionTimer(Context ctx) {
        ctx.setTimer(ELECTION, TIMEOUT_MIN + ctx.random(TIMEOUT_SPREAD));
    }

    @Override
    protected void recover(Object durable) {
        if (durable instanceof Durable d) {
            term = d.term();
            votedFor = d.votedFor();
        }
    }

    @Override
    protected void comeUp(Context ctx) {
        resetElectionTimer(ctx);
    }

    private void save(Context ctx) {
        ctx.persist(new Durable(term, keepsVote ? votedFor : Cluster.NONE));
    }

    @Override
    protected void record(Context ctx, String action) {
        ctx.record(action, Map.of("term", term, "role", role.name(), "leader", leader, "votedFor", votedFor));
    }
}
