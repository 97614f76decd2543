package dev.electorate.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The figures of a validation: runs, faults, leaderships, belief overlaps seen, stale writes rejected,
 * fencing violations, and failover time (fault to the next leader's belief) median and p99.
 *
 * @param runs        runs done
 * @param faults      faults injected in all
 * @param tenures     leaderships believed in all
 * @param overlaps    belief overlaps seen
 * @param stale       writes the fenced resource rejected
 * @param violations  fencing violations
 * @param failovers   failover times, milliseconds, sorted
 */
public record Figures(int runs, int faults, int tenures, int overlaps, int stale, int violations, List<Double> failovers) {

    /** The figures of {@code results}. */
    public static Figures of(List<RunResult> results) {
        int faults = 0;
        int tenures = 0;
        int overlaps = 0;
        int stale = 0;
        int violations = 0;
        List<Double> failovers = new ArrayList<>();
        for (RunResult r : results) {
            faults += r.faults();
            tenures += r.tenures().size();
            overlaps += r.overlaps().size();
            stale += r.staleWrites();
            violations += r.violations().size();
            failovers.addAll(r.failovers());
        }
        Collections.sort(failovers);
        return new Figures(results.size(), faults, tenures, overlaps, stale, violations, List.copyOf(failovers));
    }

    /** The nearest-rank percentile {@code p} (0 to 100) of the failover times, or NaN if there are none. */
    public double failoverPercentile(double p) {
        if (failovers.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * failovers.size());
        return failovers.get(Math.max(0, Math.min(failovers.size() - 1, rank - 1)));
    }

    /** The figures as a two-line table. */
    public String table() {
        return String.format("%-5s %-7s %-12s %-9s %-12s %-11s %-10s %-16s %-13s%n%-5d %-7d %-12d %-9d %-12d %-11d %-10d %-16s %-13s",
                "runs", "faults", "leaderships", "overlaps", "stale-writes", "violations", "failovers", "failover-median", "failover-p99",
                runs, faults, tenures, overlaps, stale, violations, failovers.size(), ms(failoverPercentile(50)), ms(failoverPercentile(99)));
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.0f ms", v);
    }

    /** results.json: the figures, the service and recipe, and whether fenced safety held. */
    public String json(String service, String recipe, boolean safe) {
        return String.format("{\"service\":\"%s\",\"recipe\":\"%s\",\"fencedSafety\":%s,\"runs\":%d,\"faults\":%d,\"leaderships\":%d,"
                        + "\"beliefOverlaps\":%d,\"staleWrites\":%d,\"violations\":%d,\"failovers\":%d,\"failoverMedianMs\":%s,\"failoverP99Ms\":%s}%n",
                service, recipe, safe, runs, faults, tenures, overlaps, stale, violations, failovers.size(),
                num(failoverPercentile(50)), num(failoverPercentile(99)));
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "null" : String.format("%.1f", v);
    }
}
