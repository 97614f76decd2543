package dev.electorate.harness.adapter;

import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import java.util.function.Supplier;

/**
 * A node of a user's class whose every call runs in the {@link Sandbox}: a failure of the class
 * becomes a {@link UserCodeException} naming the class, the node and the event, and a null role
 * is refused where it is returned rather than deep in a property later.
 */
final class GuardedNode implements Node {

    private final Node node;
    private final String className;
    private final int self;
    private final long timeoutMillis;

    private GuardedNode(Node node, String className, int self, long timeoutMillis) {
        this.node = node;
        this.className = className;
        this.self = self;
        this.timeoutMillis = timeoutMillis;
    }

    /** Node {@code self} made by {@code constructor} (a call into user code too), guarded. */
    static Node create(String className, int self, long timeoutMillis, Supplier<Node> constructor) {
        Node made = Sandbox.call(className, () -> "its constructor, for node " + self, timeoutMillis, constructor);
        if (made == null) {
            throw new UserCodeException(className + "'s constructor made no node for node " + self, null);
        }
        return new GuardedNode(made, className, self, timeoutMillis);
    }

    private void react(Supplier<String> event, Runnable call) {
        Sandbox.call(className, () -> event.get() + " of node " + self, timeoutMillis, () -> {
            call.run();
            return null;
        });
    }

    @Override
    public void start(Context ctx) {
        react(() -> "start", () -> node.start(ctx));
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        react(() -> "receive(" + (message == null ? "null" : message.type()) + " from node " + from + ")",
                () -> node.receive(ctx, from, message));
    }

    @Override
    public void timeout(Context ctx, String timer) {
        react(() -> "timeout('" + timer + "')", () -> node.timeout(ctx, timer));
    }

    @Override
    public void restart(Context ctx, Object durable) {
        react(() -> "restart", () -> node.restart(ctx, durable));
    }

    @Override
    public Role role() {
        Role role = Sandbox.call(className, () -> "role() of node " + self, timeoutMillis, node::role);
        if (role == null) {
            throw new UserCodeException(className + " returned a null role from role() of node " + self
                    + "; return Role.IDLE, FOLLOWER, CANDIDATE or LEADER", null);
        }
        return role;
    }

    @Override
    public int leader() {
        return Sandbox.call(className, () -> "leader() of node " + self, timeoutMillis, node::leader);
    }

    @Override
    public long term() {
        return Sandbox.call(className, () -> "term() of node " + self, timeoutMillis, node::term);
    }
}
