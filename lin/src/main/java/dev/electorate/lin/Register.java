package dev.electorate.lin;

import java.util.Objects;

/**
 * A read/write register, initially {@code nil}: {@code write} with value v (invoke and ok) sets it;
 * {@code read} (invoke value {@code nil}) returns it as its ok value. A read that completed with
 * {@code nil} read {@code nil}; a read without a result ({@code info}) is left out.
 */
public final class Register implements Model {
    @Override
    public String name() {
        return "register";
    }

    @Override
    public Object initialState() {
        return null;
    }

    @Override
    public Object step(Object state, Operation op) {
        return switch (op.f()) {
            case "read" -> !op.completed() || Objects.equals(state, op.output()) ? state : INCONSISTENT;
            case "write" -> op.input();
            default -> INCONSISTENT;
        };
    }

    @Override
    public boolean constrainsNothing(Operation op) {
        return op.f().equals("read") && !op.completed();
    }

    @Override
    public String malformed(Operation op) {
        return op.f().equals("read") || op.f().equals("write") ? null
                : "the register model knows read and write, not " + op.f();
    }

    @Override
    public Object requires(Operation op) {
        return op.f().equals("read") && op.completed() ? op.output() : NOTHING;
    }

    @Override
    public Object produces(Operation op) {
        return op.f().equals("write") ? op.input() : NOTHING;
    }
}
