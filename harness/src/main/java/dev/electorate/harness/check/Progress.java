package dev.electorate.harness.check;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on the terminal: runs done, runs per second, ETA and violations so far.
 * Quiet when standard error is not a terminal, so logs and CI output stay clean.
 */
public final class Progress {
    private final PrintStream out;
    private final boolean enabled;
    private final AtomicLong total;
    private final long startNanos = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong violations = new AtomicLong();
    private volatile long lastDrawNanos;

    public Progress(long total, PrintStream out, boolean enabled) {
        this.total = new AtomicLong(total);
        this.out = out;
        this.enabled = enabled;
    }

    /** A bar on standard error, shown only when the process has a terminal. */
    public static Progress onTerminal(long total) {
        return new Progress(total, System.err, System.console() != null);
    }

    /** A bar that never draws, for callers without a terminal of their own (tests, library use). */
    public static Progress quiet() {
        return new Progress(0, System.err, false);
    }

    /** Counts one run done, and whether it broke a property. */
    public void step(boolean violated) {
        long d = done.incrementAndGet();
        if (violated) {
            violations.incrementAndGet();
        }
        long nowNanos = System.nanoTime();
        if (enabled && (nowNanos - lastDrawNanos > 200_000_000L || d == total.get())) {
            lastDrawNanos = nowNanos;
            draw(d, nowNanos);
        }
    }

    /**
     * Takes {@code runs} off the total: work planned as an upper bound (a search that stops at its
     * first failure, a shrink budget not spent) that will not be done, so the ETA stays honest.
     */
    public void shorten(long runs) {
        long left = total.addAndGet(-Math.max(0, runs));
        if (enabled && done.get() >= left) {
            draw(done.get(), System.nanoTime());
        }
    }

    private synchronized void draw(long d, long nowNanos) {
        long total = Math.max(d, this.total.get());
        double seconds = Math.max(1e-3, (nowNanos - startNanos) / 1e9);
        double rate = d / seconds;
        long eta = rate > 0 ? Math.round((total - d) / rate) : 0;
        int width = 30;
        int filled = (int) (width * d / Math.max(1, total));
        out.printf("\r[%s%s] %d/%d runs  %.0f runs/s  ETA %ds  violations %d ",
                "#".repeat(filled), " ".repeat(width - filled), d, total, rate, eta, violations.get());
        out.flush();
    }

    /** Clears the bar so the next output starts on a clean line. */
    public void finish() {
        if (enabled) {
            out.print("\r" + " ".repeat(100) + "\r");
            out.flush();
        }
    }
}
