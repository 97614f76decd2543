package dev.electorate.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a validation: runs, faults, leaderships, belief overlaps seen, stale writes rejected,
 * fencing violations, and failover time (fault to the next belief that a client leads) median and p99,
 * in all and per kind of fault.
 *
 * @param runs        runs done
 * @param faults      faults injected in all
 * @param tenures     leaderships believed in all
 * @param overlaps    belief overlaps seen
 * @param stale       writes the fenced resource rejected
 * @param violations  fencing violations
 * @param failovers   failover times, milliseconds, sorted
 * @param byFault     per kind of fault, in order of first appearance: its faults, overlaps and failovers
 */
public record Figures(int runs, int faults, int tenures, int overlaps, int stale, int violations, List<Double> failovers,
                      Map<String, Row> byFault) {

    /**
     * One kind of fault's figures.
     *
     * @param faults    faults of this kind
     * @param overlaps  belief overlaps that began after a fault of this kind (and before the next fault)
     * @param failovers failover times after faults of this kind, milliseconds, sorted
     */
    public record Row(int faults, int overlaps, List<Double> failovers) {}

    /** The figures of {@code results}. */
    public static Figures of(List<RunResult> results) {
        int faults = 0;
        int tenures = 0;
        int overlaps = 0;
        int stale = 0;
        int violations = 0;
        List<Double> failovers = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (RunResult r : results) {
            faults += r.faults();
            tenures += r.tenures().size();
            overlaps += r.overlaps().size();
            stale += r.staleWrites();
            violations += r.violations().size();
            for (String k : r.faultKinds()) {
                counts.computeIfAbsent(k, x -> new int[2])[0]++;
            }
            for (String k : r.overlapFaults()) {
                counts.computeIfAbsent(k, x -> new int[2])[1]++;
            }
            for (RunResult.Failover f : r.failovers()) {
                failovers.add(f.millis());
                times.computeIfAbsent(f.fault(), x -> new ArrayList<>()).add(f.millis());
            }
        }
        Map<String, Row> byFault = new LinkedHashMap<>();
        counts.forEach((k, c) -> {
            List<Double> t = new ArrayList<>(times.getOrDefault(k, List.of()));
            Collections.sort(t);
            byFault.put(k, new Row(c[0], c[1], List.copyOf(t)));
        });
        Collections.sort(failovers);
        return new Figures(results.size(), faults, tenures, overlaps, stale, violations, List.copyOf(failovers), byFault);
    }

    /** The nearest-rank percentile {@code p} (0 to 100) of the failover times, or NaN if there are none. */
    public double failoverPercentile(double p) {
        return percentile(failovers, p);
    }

    /** The nearest-rank percentile {@code p} of sorted {@code values}, or NaN if there are none. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * values.size());
        return values.get(Math.max(0, Math.min(values.size() - 1, rank - 1)));
    }

    /** The figures as a table: one row per kind of fault, then all. */
    public String table() {
        StringBuilder b = new StringBuilder();
        String format = "%-15s %6s %9s %10s %16s %13s%n";
        b.append(String.format(java.util.Locale.ROOT, "runs %d, leaderships %d, stale writes rejected %d, fencing violations %d%n", runs, tenures, stale, violations));
        b.append(String.format(java.util.Locale.ROOT, format, "fault", "faults", "overlaps", "failovers", "failover-median", "failover-p99"));
        byFault.forEach((k, r) -> b.append(String.format(java.util.Locale.ROOT, format, k, r.faults(), r.overlaps(), r.failovers().size(),
                ms(percentile(r.failovers(), 50)), ms(percentile(r.failovers(), 99)))));
        b.append(String.format(java.util.Locale.ROOT, format, "all", faults, overlaps, failovers.size(), ms(failoverPercentile(50)), ms(failoverPercentile(99))));
        return b.toString().stripTrailing();
    }

    /** Milliseconds for a table cell, {@code -} for none. */
    static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(java.util.Locale.ROOT, "%.0f ms", v);
    }

    /**
     * results.json: the figures, the service and recipe, the number of clients (which names them: a history's
     * process p is client c(p mod clients)), and whether fenced safety held.
     */
    public String json(String service, String recipe, int clients, boolean safe) {
        StringBuilder per = new StringBuilder();
        byFault.forEach((k, r) -> per.append(per.length() == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT,
                "\"%s\":{\"faults\":%d,\"beliefOverlaps\":%d,\"failovers\":%d,\"failoverMedianMs\":%s,\"failoverP99Ms\":%s}",
                k, r.faults(), r.overlaps(), r.failovers().size(), num(percentile(r.failovers(), 50)), num(percentile(r.failovers(), 99)))));
        return String.format(java.util.Locale.ROOT, "{\"service\":\"%s\",\"recipe\":\"%s\",\"clients\":%d,\"fencedSafety\":%s,\"runs\":%d,\"faults\":%d,\"leaderships\":%d,"
                        + "\"beliefOverlaps\":%d,\"staleWrites\":%d,\"violations\":%d,\"failovers\":%d,\"failoverMedianMs\":%s,\"failoverP99Ms\":%s,"
                        + "\"byFault\":{%s}}%n",
                service, recipe, clients, safe, runs, faults, tenures, overlaps, stale, violations, failovers.size(),
                num(failoverPercentile(50)), num(failoverPercentile(99)), per);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "null" : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
