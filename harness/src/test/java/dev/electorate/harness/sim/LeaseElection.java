package dev.electorate.harness.sim;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import java.util.List;
import java.util.Map;

/**
 * A lease election written as a third party would: a candidate asks every node for a lease, a node
 * grants one lease at a time and is free again when it runs out, and a candidate granted by a
 * majority leads until its lease ends, counted on its own clock from when it asked. Leases are not
 * renewed: a leader serves one lease, then the nodes campaign again as soon as they are free, so
 * leases end, and follow each other closely, all the time.
 * A grant lasts the lease plus a clock margin of 10%: under clocks that drift by a factor of at
 * most 1.1, a leader's lease ends before any grant it got does, so two leaders never overlap.
 */
public class LeaseElection implements Node {

    /** A leader's lease, in ticks of its own clock. */
    public static final long LEASE = 300;

    /** A candidate asks for a lease in its {@code round}. */
    public record Ask(long round) implements Message {}

    /** A lease granted for the candidate's {@code round}. */
    public record Grant(long round) implements Message {}

    private static final String CAMPAIGN = "campaign";
    private static final String FREE = "free";
    private static final String LEASE_END = "lease-end";

    private final int self;
    private final List<Integer> others;
    private int grantedTo = Cluster.NONE;
    private long round;
    private long askedAt;
    private int grants;
    private Role role = Role.FOLLOWER;

    public LeaseElection(int self, Cluster cluster) {
        this.self = self;
        this.others = cluster.members().stream().filter(id -> id != self).toList();
    }

    /** The clock margin of a grant over a lease, in percent. */
    protected long marginPercent() {
        return 10;
    }

    @Override
    public void start(Context ctx) {
        ctx.setTimer(CAMPAIGN, 1 + ctx.random(20));
        ctx.record("Start", Map.of());
    }

    @Override
    public void restart(Context ctx, Object durable) {
        start(ctx);
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        if (message instanceof Ask a && grantedTo == Cluster.NONE) {
            grant(ctx, from);
            ctx.send(from, new Grant(a.round()));
        } else if (message instanceof Grant g && role == Role.CANDIDATE && g.round() == round
                && ++grants > (others.size() + 1) / 2) {
            role = Role.LEADER;
            ctx.setTimer(LEASE_END, Math.max(0, LEASE - (ctx.now() - askedAt)));
        }
        ctx.record("Receive" + message.type(), Map.of());
    }

    @Override
    public void timeout(Context ctx, String timer) {
        switch (timer) {
            case CAMPAIGN -> {
                if (grantedTo == Cluster.NONE && role != Role.LEADER) {
                    round++;
                    askedAt = ctx.now();
                    grants = 1;
                    role = Role.CANDIDATE;
                    grant(ctx, self);
                    for (int id : others) {
                        ctx.send(id, new Ask(round));
                    }
                }
                ctx.setTimer(CAMPAIGN, 30 + ctx.random(30));
            }
            case FREE -> {
                // Free again: campaign soon, so the next lease follows the last one closely.
                grantedTo = Cluster.NONE;
                if (role != Role.LEADER) {
                    ctx.setTimer(CAMPAIGN, 1 + ctx.random(20));
                }
            }
            case LEASE_END -> role = Role.FOLLOWER;
            default -> { }
        }
        ctx.record("Timeout", Map.of());
    }

    private void grant(Context ctx, int to) {
        grantedTo = to;
        ctx.setTimer(FREE, LEASE * (100 + marginPercent()) / 100);
    }

    @Override
    public Role role() {
        return role == Role.LEADER ? Role.LEADER : Role.FOLLOWER;
    }

    @Override
    public int leader() {
        return role == Role.LEADER ? self : Cluster.NONE;
    }

    // No term() of its own: leases have no terms, so Uniqueness forbids two leaders at once.
}
