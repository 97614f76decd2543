package dev.electorate.impl.zookeeper;

import dev.electorate.spec.Message;
import java.util.SortedSet;

/**
 * The requests a recipe client sends the ZooKeeper-like service and the service's answers; their
 * simple names are the message types of ZkRecipe.tla. Fields named {@code sentAt} carry the client's
 * own clock and have no TLA+ counterpart (the spec has no clocks).
 */
public final class Messages {

    private Messages() {}

    /** Opens session {@code session} (its id is chosen by the client: attempt * 1024 + client id). */
    public record OpenSession(long session, long sentAt) implements Message {}

    /** The session is open; its expiry clock started no earlier than {@code sentAt}. */
    public record SessionOpened(long session, long sentAt) implements Message {}

    /** Creates the session's ephemeral sequential node under /election (at most one per session). */
    public record Create(long session) implements Message {}

    /** The session's node under /election has sequence number {@code seq}. */
    public record Created(long session, long seq) implements Message {}

    /** Lists /election. */
    public record GetChildren(long session) implements Message {}

    /** The sequence numbers under /election, and the client whose node is the lowest (0 if none). */
    public record Children(long session, SortedSet<Long> seqs, int owner) implements Message {}

    /** Whether node {@code seq} exists; if it does, a one-shot watch is left on it. */
    public record Exists(long session, long seq) implements Message {}

    /** The answer to {@link Exists}. */
    public record ExistsReply(long session, long seq, boolean exists) implements Message {}

    /** The watched node {@code seq} was deleted. */
    public record WatchFired(long session, long seq) implements Message {}

    /** Keeps the session alive; {@code sentAt} is echoed so the client can time its own suspicion. */
    public record Heartbeat(long session, long sentAt) implements Message {}

    /** The session is alive; the lowest node is {@code leaderSeq}, owned by {@code leader} (0 if none). */
    public record HeartbeatAck(long session, long sentAt, int leader, long leaderSeq) implements Message {}

    /** The session is gone: its ephemeral node was deleted. */
    public record SessionExpired(long session) implements Message {}

    /** A write to the fenced resource, fenced with {@code token}. */
    public record Write(long session, long token) implements Message {}
}
