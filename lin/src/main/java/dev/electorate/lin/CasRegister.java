package dev.electorate.lin;

import java.util.List;
import java.util.Objects;

/**
 * A compare-and-set register, initially {@code nil}, as in Knossos: {@code read} and {@code write} as
 * in {@link Register}, and {@code cas} with value {@code [old new]} that sets new when the register
 * holds old. A cas that found another value completes with {@code fail} and is left out.
 */
public final class CasRegister implements Model {
    @Override
    public String name() {
        return "cas-register";
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
            case "cas" -> {
                List<?> oldNew = (List<?>) op.input();
                yield Objects.equals(state, oldNew.get(0)) ? oldNew.get(1) : INCONSISTENT;
            }
            default -> INCONSISTENT;
        };
    }

    @Override
    public boolean constrainsNothing(Operation op) {
        return op.f().equals("read") && !op.completed();
    }

    @Override
    public String malformed(Operation op) {
        return switch (op.f()) {
            case "read", "write" -> null;
            case "cas" -> op.input() instanceof List<?> l && l.size() == 2 ? null
                    : "a cas's value must be [old new], found " + dev.electorate.history.EdnHistory.write(op.input());
            default -> "the cas-register model knows read, write and cas, not " + op.f();
        };
    }

    @Override
    public Object requires(Operation op) {
        if (op.completed() && op.f().equals("read")) {
            return op.output();
        }
        return op.f().equals("cas") ? ((List<?>) op.input()).get(0) : NOTHING;
    }

    @Override
    public Object produces(Operation op) {
        return switch (op.f()) {
            case "write" -> op.input();
            case "cas" -> ((List<?>) op.input()).get(1);
            default -> NOTHING;
        };
    }
}
