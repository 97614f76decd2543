package dev.electorate.harness.check;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on the terminal: units done (runs, models, files), units per second, ETA
 * and violations so far. Quiet when standard error is not a terminal, so logs and CI output stay
 * clean, and during the first second, so commands that finish quickly print no bar at all.
 */
public final class Progress {
    /** How long a command runs before its bar appears. */
    public static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean enabled;
    private final String unit;
    private final LongSupplier clock;
    private final AtomicLong total;
    private final long startNanos;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong violations = new AtomicLong();
    private volatile long lastDrawNanos;
    private volatile boolean drawn;

    /** A bar counting runs, on the system clock. */
    public Progress(long total, PrintStream out, boolean enabled) {
        this(total, "runs", out, enabled, System::nanoTime);
    }

    /** A bar counting {@code unit} (a plural noun), reading time from {@code clock} (nanoseconds). */
    public Progress(long total, String unit, PrintStream out, boolean enabled, LongSupplier clock) {
        this.total = new AtomicLong(total);
        this.unit = unit;
        this.out = out;
        this.enabled = enabled;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
    }

    /** A bar of runs on standard error, shown only when the process has a terminal. */
    public static Progress onTerminal(long total) {
        return onTerminal(total, "runs", true);
    }

    /** A bar of {@code unit} on standard error, shown only when wanted and the process has a terminal. */
    public static Progress onTerminal(long total, String unit, boolean wanted) {
        return new Progress(total, unit, System.err, wanted && System.console() != null, System::nanoTime);
    }

    /** A bar that never draws, for callers without a terminal of their own (tests, library use). */
    public static Progress quiet() {
        return new Progress(0, System.err, false);
    }

    /** Whether this bar draws at all (a terminal, and not turned off). */
    public boolean enabled() {
        return enabled;
    }

    /** Counts one unit done, and whether it broke a property. */
    public void step(boolean violated) {
        long d = done.incrementAndGet();
        if (violated) {
            violations.incrementAndGet();
        }
        if (!enabled) {
            return;
        }
        long nowNanos = clock.getAsLong();
        if (nowNanos - startNanos >= DELAY_NANOS
                && (nowNanos - lastDrawNanos > REDRAW_NANOS || d == total.get() || !drawn)) {
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
        if (enabled && drawn && done.get() >= left) {
            draw(done.get(), clock.getAsLong());
        }
    }

    /** The bar as it would be drawn now, without the carriage return. */
    String render(long d, long nowNanos) {
        long all = Math.max(d, this.total.get());
        double seconds = Math.max(1e-3, (nowNanos - startNanos) / 1e9);
        double rate = d / seconds;
        long eta = rate > 0 ? Math.round((all - d) / rate) : 0;
        int width = 30;
        int filled = (int) (width * d / Math.max(1, all));
        String perSecond = rate >= 10 ? String.format(Locale.ROOT, "%.0f", rate) : String.format(Locale.ROOT, "%.1f", rate);
        return String.format(Locale.ROOT, "[%s%s] %d/%d %s  %s %s/s  ETA %s  violations %d ",
                "#".repeat(filled), " ".repeat(width - filled), d, all, unit, perSecond, unit, clockTime(eta),
                violations.get());
    }

    private static String clockTime(long seconds) {
        return seconds < 60 ? seconds + "s" : seconds < 3600 ? (seconds / 60) + "m" + String.format(Locale.ROOT, "%02ds", seconds % 60)
                : (seconds / 3600) + "h" + String.format(Locale.ROOT, "%02dm", (seconds / 60) % 60);
    }

    private synchronized void draw(long d, long nowNanos) {
        drawn = true;
        out.print("\r" + render(d, nowNanos));
        out.flush();
    }

    /** Clears the bar, if one was drawn, so the next output starts on a clean line. */
    public void finish() {
        if (enabled && drawn) {
            out.print("\r" + " ".repeat(110) + "\r");
            out.flush();
            drawn = false;
        }
    }
}
