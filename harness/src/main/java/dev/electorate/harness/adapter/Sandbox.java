package dev.electorate.harness.adapter;

import java.security.Permission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs calls into a user's node class on the caller's own thread, so that whatever the class does
 * ends as a {@link UserCodeException}: a throw or an {@link Error} is caught, a call that runs past
 * its time is stopped by a watchdog, and {@code System.exit} is refused while a call runs.
 *
 * <p>Why not a thread per call or a child JVM: a check makes millions of calls, and a hand-off
 * per call would cost more than the call itself; a JVM per node would cost a second per run.
 * The call runs where the simulator is, with a few field writes around it; the watchdog stops an
 * overdue thread with {@link Thread#stop()} (deprecated, still working on Java 17), and a
 * {@link SecurityManager} that only vetoes exits (also deprecated; the launcher passes
 * {@code -Djava.security.manager=allow}, which Java 18 to 23 need to install one) turns
 * {@code System.exit} into an exception. docs/design.md says what this does not stop.
 */
final class Sandbox {

    /** How often the watchdog looks for overdue calls. */
    private static final long WATCH_MILLIS = 20;

    private static final Set<Call> CALLS = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Call> CURRENT = ThreadLocal.withInitial(() -> {
        Call c = new Call(Thread.currentThread());
        CALLS.add(c);
        return c;
    });
    private static volatile boolean started;

    private Sandbox() {}

    /** The state of one thread's call into user code; guarded by itself so a stop never lands outside it. */
    private static final class Call {
        final Thread thread;
        boolean active;
        boolean timedOut;
        long deadlineNanos;

        Call(Thread thread) {
            this.thread = thread;
        }

        synchronized void enter(long timeoutNanos) {
            active = true;
            timedOut = false;
            deadlineNanos = System.nanoTime() + timeoutNanos;
        }

        /** Ends the call; true if the watchdog stopped it. */
        synchronized boolean exit() {
            active = false;
            return timedOut;
        }

        @SuppressWarnings({"deprecation", "removal"})
        synchronized void stopIfOverdue(long now) {
            if (active && now - deadlineNanos > 0) {
                timedOut = true;
                try {
                    thread.stop(); // a ThreadDeath in the user's code, caught by call() below
                } catch (UnsupportedOperationException gone) {
                    // Java 20 and later: nothing can stop the thread; the check's own timeouts must.
                }
            }
        }
    }

    /**
     * Runs {@code body}, a call into {@code className} described by {@code event} (made only if it fails:
     * a check makes millions of calls), for at most
     * {@code timeoutMillis}; any failure of the user's code comes back as a {@link UserCodeException}.
     */
    static <T> T call(String className, Supplier<String> event, long timeoutMillis, Supplier<T> body) {
        start();
        Call call = CURRENT.get();
        if (call.active) {
            return body.get(); // a nested call (the constructor calling role()): the outer one guards it
        }
        try {
            T result;
            call.enter(timeoutMillis * 1_000_000L);
            try {
                result = body.get();
            } finally {
                if (call.exit()) {
                    throw new ThreadDeath(); // stopped just as it returned: still too late
                }
            }
            return result;
        } catch (Throwable t) {
            boolean overdue = call.exit() || t instanceof ThreadDeath;
            throw new UserCodeException(className + " " + (overdue ? "did not return within " + timeoutMillis
                    + " ms (--node-timeout) from " : t instanceof ExitVetoed exit ? "called System.exit("
                    + exit.status + ") in " : "threw " + t + " in ") + event.get() + where(t, className), t);
        }
    }

    /** The user's frame the failure came from, if one is on its stack. */
    private static String where(Throwable t, String className) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().equals(className) || e.getClassName().startsWith(className + "$")) {
                return " (" + e + ")";
            }
        }
        return "";
    }

    private static void start() {
        if (started) {
            return;
        }
        synchronized (Sandbox.class) {
            if (started) {
                return;
            }
            Thread watchdog = new Thread(Sandbox::watch, "electorate-node-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            refuseExits();
            started = true;
        }
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Call c : CALLS) {
                if (!c.thread.isAlive()) {
                    CALLS.remove(c);
                } else {
                    c.stopIfOverdue(now);
                }
            }
        }
    }

    /** {@code System.exit} called by the user's code, refused. */
    static final class ExitVetoed extends SecurityException {
        final int status;

        ExitVetoed(int status) {
            super("System.exit(" + status + ") refused: a node may not end the JVM");
            this.status = status;
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void refuseExits() {
        SecurityManager existing = System.getSecurityManager();
        if (existing != null && existing.getClass().getName().equals(Sandbox.class.getName() + "$ExitGuard")) {
            return;
        }
        // Java 17 prints a four-line deprecation warning here, on the JVM's first standard error (System.setErr
        // cannot catch it); it is the price of catching a user's System.exit.
        try {
            System.setSecurityManager(new ExitGuard());
        } catch (UnsupportedOperationException | SecurityException disallowed) {
            // The JVM forbids it (-Djava.security.manager=disallow, or Java 24): a user's exit then ends it.
        }
    }

    /** Vetoes {@code System.exit} from a thread inside a call to user code; permits everything else. */
    @SuppressWarnings({"deprecation", "removal"})
    private static final class ExitGuard extends SecurityManager {
        @Override
        public void checkExit(int status) {
            Call call = CURRENT.get();
            if (call.active) {
                throw new ExitVetoed(status);
            }
        }

        @Override
        public void checkPermission(Permission perm) {
            // Everything else stays allowed: this manager exists only for checkExit.
        }

        @Override
        public void checkPermission(Permission perm, Object context) {
        }
    }
}
