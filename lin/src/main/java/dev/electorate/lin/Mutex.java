package dev.electorate.lin;

/**
 * A lock: {@code acquire} succeeds only when it is free, {@code release} only when it is held. Values
 * are ignored. As in Knossos, the model does not track who holds the lock (a Jepsen client that crashed
 * continues under a fresh process and may release what it acquired); {@link FencedLease} does.
 */
public final class Mutex implements Model {
    @Override
    public String name() {
        return "mutex";
    }

    @Override
    public Object initialState() {
        return Boolean.FALSE;
    }

    @Override
    public Object step(Object state, Operation op) {
        boolean held = (Boolean) state;
        return switch (op.f()) {
            case "acquire" -> held ? INCONSISTENT : Boolean.TRUE;
            case "release" -> held ? Boolean.FALSE : INCONSISTENT;
            default -> INCONSISTENT;
        };
    }

    @Override
    public String malformed(Operation op) {
        return op.f().equals("acquire") || op.f().equals("release") ? null
                : "the mutex model knows acquire and release, not " + op.f();
    }

    @Override
    public String show(Object state) {
        return (Boolean) state ? "held" : "free";
    }
}
