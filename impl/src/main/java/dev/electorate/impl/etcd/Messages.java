package dev.electorate.impl.etcd;

import dev.electorate.spec.Message;

/**
 * The requests a recipe client sends the simulated etcd service and the service's answers. A key is
 * {@code election/<lease id>}, so it is named here by its lease id; a key of 0 means "no key".
 */
public final class Messages {

    private Messages() {}

    /** Grant the lease with this id (etcd lets the client choose it), for one TTL. */
    public record LeaseGrant(long lease) implements Message {}

    /** The lease is granted and live. */
    public record Granted(long lease) implements Message {}

    /** Transaction: if the create revision of key {@code election/<lease>} is 0, put it with the lease attached. */
    public record Put(long lease) implements Message {}

    /** The key exists with create revision {@code rev} (created now, or already). */
    public record PutResult(long lease, long rev) implements Message {}

    /** Range over the prefix, sorted by create revision, the last key created at or below {@code maxCreateRev}. */
    public record Range(long lease, long maxCreateRev) implements Message {}

    /** The answer to a {@link Range}: that key and its create revision, or 0 and 0 when there is none. */
    public record RangeResult(long lease, long key, long rev) implements Message {}

    /** Watch {@code key} for its deletion, on behalf of the campaign of {@code lease}. */
    public record Watch(long lease, long key) implements Message {}

    /** The watched key is deleted (or was already gone when the watch arrived). */
    public record Deleted(long lease, long key) implements Message {}

    /** Keep the lease alive; {@code sentAt} is the client's clock when it sent this, echoed back. */
    public record KeepAlive(long lease, long sentAt) implements Message {}

    /** The lease was refreshed for a full TTL on receipt of the keep-alive sent at {@code sentAt}. */
    public record KeepAliveOk(long lease, long sentAt) implements Message {}

    /** The lease is not live (it expired, or its id is spent): its keys are gone. */
    public record Expired(long lease) implements Message {}

    /** Who leads? The owner of the first key of the prefix by create revision. */
    public record GetLeader() implements Message {}

    /** The first key of the prefix and its create revision, or 0 and 0 when the prefix is empty. */
    public record LeaderIs(long key, long rev) implements Message {}

    /** A write to the fenced resource, carrying the writer's fencing token (its key's create revision). */
    public record FencedWrite(long token) implements Message {}
}
