package dev.electorate.impl.etcd;

import dev.electorate.impl.common.ReferenceNode;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import dev.electorate.spec.Timing;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client of the etcd election recipe (etcd's {@code concurrency.Election.Campaign}): it is granted a
 * lease, puts key {@code election/<lease>} if absent with that lease attached, and leads when no key
 * under the prefix has a lower create revision; otherwise it watches the key with the greatest create
 * revision below its own (its predecessor) until it is deleted, and ranges again. Its fencing token is
 * its key's create revision. It keeps the lease alive every TTL/3 and believes in it until one TTL
 * after sending the last keep-alive the service answered (the service refreshed the lease later
 * than that, so by its own clock the client gives the lease up first); when that runs out, or the
 * service says the lease expired, it steps down and campaigns again with a new lease.
 *
 * <p>The belief rests on time: a client that is paused (a stopped process, a long GC) while it leads
 * runs no timer and reads no message, so when the service expires its lease and the next client
 * leads, the paused one still believes it leads until it resumes and its TTL timer fires. Only the
 * fence at the resource keeps its late writes out. Its reactions are the client actions of
 * {@code EtcdRecipe.tla}.
 */
final class EtcdRecipeClient extends ReferenceNode {

    /** The campaign's phase; the names are the TLA+ values of {@code cstate[c]}. */
    enum State { Idle, Granting, Putting, Ranging, Watching, Leader }

    private static final long D = Timing.MAX_DELAY;
    /** The lease's time to live, at the service and in the client's belief. */
    static final long TTL = 10 * D;
    /** Keep-alives go out every TTL/3, as etcd's client sends them. */
    static final long KEEPALIVE_PERIOD = TTL / 3;
    /** A request left unanswered this long is sent again (the stand-in for gRPC's retries and stream resumption). */
    static final long RETRY_PERIOD = 3 * D;
    /** The leader writes to the fenced resource this often. */
    static final long WRITE_PERIOD = 2 * D;

    static final String LEASE_TIMER = "lease";
    static final String KEEPALIVE_TIMER = "keepalive";
    static final String RETRY_TIMER = "retry";
    static final String WRITE_TIMER = "write";

    private final int self;
    private final int service;

    private State state = State.Idle;
    /** Campaigns begun so far; the current lease is {@code attempt * 1024 + self} (durable). */
    private long attempt;
    /** The create revision of this campaign's key, 0 until the put is answered. */
    private long rev;
    /** The predecessor key being watched, 0 when none. */
    private long watched;
    /** The client this one believes leads, and that leader's token. */
    private long leaderRev;
    /** By the client's own clock, when its belief in the lease ends. */
    private long deadline;

    EtcdRecipeClient(int self, int service, String mutant) {
        super(mutant);
        this.self = self;
        this.service = service;
    }

    long lease() {
        return Leases.of(self, attempt);
    }

    @Override
    protected void comeUp(Context ctx) {
        campaign(ctx);
        ctx.setTimer(KEEPALIVE_TIMER, KEEPALIVE_PERIOD);
    }

    @Override
    protected void recover(Context ctx, Object durable) {
        if (durable instanceof Long a) {
            attempt = a;
        }
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        String action;
        if (message instanceof Messages.Granted m) {
            if (state == State.Granting && m.lease() == lease()) {
                enter(ctx, State.Putting);
            }
            action = "ReceiveGranted";
        } else if (message instanceof Messages.PutResult m) {
            if (state == State.Putting && m.lease() == lease()) {
                rev = m.rev();
                if (is("skip-wait")) {
                    becomeLeader(ctx);
                } else {
                    enter(ctx, State.Ranging);
                }
            }
            action = "ReceivePutResult";
        } else if (message instanceof Messages.RangeResult m) {
            action = "ReceiveRangeResult";
            if (state == State.Ranging && m.lease() == lease()) {
                if (m.key() == 0) {
                    becomeLeader(ctx);
                    action = "BecomeLeader";
                } else {
                    watched = m.key();
                    enter(ctx, State.Watching);
                }
            }
        } else if (message instanceof Messages.Deleted m) {
            if (state == State.Watching && m.lease() == lease() && m.key() == watched) {
                watched = 0;
                enter(ctx, State.Ranging);
            }
            action = "ReceiveDeleted";
        } else if (message instanceof Messages.KeepAliveOk m) {
            // The service refreshed the lease after this keep-alive left, so it lives at least a TTL from then.
            long until = m.sentAt() + TTL;
            if (m.lease() == lease() && state != State.Granting && until > deadline && until > ctx.now()) {
                deadline = until;
                ctx.setTimer(LEASE_TIMER, deadline - ctx.now());
            }
            action = "ReceiveKeepAliveOk";
        } else if (message instanceof Messages.Expired m) {
            action = "ReceiveExpired";
            if (m.lease() == lease() && state != State.Idle) {
                campaign(ctx);
            }
        } else if (message instanceof Messages.LeaderIs m) {
            if (state != State.Leader && m.rev() >= leaderRev) {
                leader = Leases.owner(m.key());
                leaderRev = m.rev();
            }
            action = "ReceiveLeaderIs";
        } else {
            action = "ReceiveUnknown";
        }
        record(ctx, action);
    }

    @Override
    public void timeout(Context ctx, String timer) {
        switch (timer) {
            case LEASE_TIMER -> {
                // resume-after-expiry: a watcher keeps its campaign past its lease, to resume it when its watch reconnects.
                boolean keep = is("ignore-lease-timer") || is("resume-after-expiry") && state == State.Watching;
                if (!keep) {
                    campaign(ctx);
                }
                record(ctx, "LeaseTimeout");
            }
            case KEEPALIVE_TIMER -> {
                if (state != State.Granting) {
                    ctx.send(service, new Messages.KeepAlive(lease(), ctx.now()));
                }
                if (state != State.Leader) {
                    ctx.send(service, new Messages.GetLeader());
                }
                ctx.setTimer(KEEPALIVE_TIMER, KEEPALIVE_PERIOD);
                record(ctx, "SendKeepAlive");
            }
            case RETRY_TIMER -> {
                request(ctx);
                record(ctx, "Retry");
            }
            case WRITE_TIMER -> {
                if (state == State.Leader) {
                    ctx.send(service, new Messages.FencedWrite(rev));
                    ctx.setTimer(WRITE_TIMER, WRITE_PERIOD);
                }
                record(ctx, "SendWrite");
            }
            default -> record(ctx, "UnknownTimeout");
        }
    }

    /**
     * Steps down (if it led) and campaigns with a new lease, whose id is never reused: the attempt
     * count is on disk before the grant request leaves. The old key, if it still exists, lies below
     * the new one, so the new campaign waits for it to expire.
     */
    private void campaign(Context ctx) {
        attempt++;
        ctx.persist(attempt);
        rev = 0;
        watched = 0;
        if (leader == self) {
            leader = Cluster.NONE;
            leaderRev = 0;
        }
        ctx.cancelTimer(WRITE_TIMER);
        // The service grants the lease after this request leaves, so it lives at least a TTL from now.
        deadline = ctx.now() + TTL;
        ctx.setTimer(LEASE_TIMER, TTL);
        enter(ctx, State.Granting);
    }

    /** Moves to a phase that waits for an answer, sends its request and arms the retry timer. */
    private void enter(Context ctx, State next) {
        state = next;
        request(ctx);
    }

    /** Sends (again) the request the current phase waits on. */
    private void request(Context ctx) {
        Message m = switch (state) {
            case Granting -> new Messages.LeaseGrant(lease());
            case Putting -> new Messages.Put(lease());
            case Ranging -> new Messages.Range(lease(), rev - 1);
            case Watching -> new Messages.Watch(lease(), watched);
            case Idle, Leader -> null;
        };
        if (m != null) {
            ctx.send(service, m);
            ctx.setTimer(RETRY_TIMER, RETRY_PERIOD);
        }
    }

    /** Leads with its key's create revision as fencing token, and writes to the resource at once. */
    private void becomeLeader(Context ctx) {
        state = State.Leader;
        leader = self;
        leaderRev = rev;
        ctx.cancelTimer(RETRY_TIMER);
        ctx.send(service, new Messages.FencedWrite(rev));
        ctx.setTimer(WRITE_TIMER, WRITE_PERIOD);
    }

    @Override
    protected void record(Context ctx, String action) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("cstate", state.name());
        vars.put("attempt", attempt);
        vars.put("rev", rev);
        vars.put("watched", watched);
        vars.put("leader", leader);
        vars.put("leaderRev", leaderRev);
        ctx.record(action, vars);
    }

    @Override
    public Role role() {
        return switch (state) {
            case Idle -> Role.IDLE;
            case Leader -> Role.LEADER;
            case Granting, Putting, Ranging, Watching ->
                    leader == Cluster.NONE || leader == self ? Role.CANDIDATE : Role.FOLLOWER;
        };
    }

    /** A leader's fencing token (its key's create revision); a follower names its leader's token. */
    @Override
    public long term() {
        return state == State.Leader ? rev : leaderRev;
    }
}
