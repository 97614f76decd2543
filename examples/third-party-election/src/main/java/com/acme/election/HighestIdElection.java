package com.acme.election;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A heartbeat election for crash-stop nodes over reliable links with delays of at most 10 ticks:
 * every node announces itself every period, and the leader is the highest id heard from within
 * the silence timeout (or this node). A node decides nothing until one timeout after it comes up,
 * by when it has heard every live peer.
 */
public class HighestIdElection extends AcmeNode {

    /** Ticks between two heartbeats of a node. */
    public static final long PERIOD = 10;
    /**
     * Longest silence after which a peer is presumed crashed: two heartbeats of a live peer arrive
     * at most PERIOD + 10 - 1 ticks apart, so anything longer means it is gone.
     */
    public static final long SILENCE = 3 * PERIOD;

    private static final String BEAT = "beat";

    private final int self;
    private final List<Integer> others;
    private final long silence;
    private final Map<Integer, Long> lastHeard = new HashMap<>();
    private long upSince;

    public HighestIdElection(int self, Cluster cluster) {
        this(self, cluster, SILENCE);
    }

    /** A node that presumes a peer crashed after {@code silence} ticks without a heartbeat. */
    protected HighestIdElection(int self, Cluster cluster, long silence) {
        this.self = self;
        this.others = cluster.members().stream().filter(id -> id != self).sorted().toList();
        this.silence = silence;
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if ("Alive".equals(message.type())) {
            lastHeard.put(from, ctx.now());
            decide(ctx);
        }
        record(ctx, "ReceiveAlive");
    }

    @Override
    public void timeout(Context ctx, String timer) {
        beat(ctx);
        decide(ctx);
        record(ctx, "Beat");
    }

    /** Nothing is durable: a recovered node, like a new one, listens for one timeout before it decides anything. */
    @Override
    protected void comeUp(Context ctx) {
        upSince = ctx.now();
        role = Role.CANDIDATE;
        beat(ctx);
    }

    private void beat(Context ctx) {
        for (int id : others) {
            ctx.send(id, new Alive());
        }
        ctx.setTimer(BEAT, PERIOD);
    }

    private void decide(Context ctx) {
        long now = ctx.now();
        if (now - upSince < silence) {
            return; // a live peer may not have been heard yet
        }
        int highest = self;
        for (Map.Entry<Integer, Long> heard : lastHeard.entrySet()) {
            if (now - heard.getValue() <= silence && heard.getKey() > highest) {
                highest = heard.getKey();
            }
        }
        leader = highest;
        role = highest == self ? Role.LEADER : Role.FOLLOWER;
    }

    @Override
    protected void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("role", role.name());
        vars.put("leader", leader);
        ctx.record(action, vars);
    }
}
