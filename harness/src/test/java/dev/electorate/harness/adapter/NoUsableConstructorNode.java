package dev.electorate.harness.adapter;

import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;

/** A node the adapter cannot make: its only constructor takes a name. */
public final class NoUsableConstructorNode implements Node {

    public NoUsableConstructorNode(String name) {
        // never called
    }

    @Override
    public void start(Context ctx) {}

    @Override
    public void receive(Context ctx, int from, Message message) {}

    @Override
    public void timeout(Context ctx, String timer) {}

    @Override
    public void restart(Context ctx, Object durable) {}

    @Override
    public Role role() {
        return Role.IDLE;
    }

    @Override
    public int leader() {
        return 0;
    }
}
