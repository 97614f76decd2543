package dev.electorate.harness.check;

import java.util.Arrays;

/** Median and 99th percentile of a sample, by the nearest-rank method. */
public record Stats(long median, long p99, int count) {

    public static Stats of(long[] values) {
        long[] v = Arrays.stream(values).filter(x -> x >= 0).sorted().toArray();
        if (v.length == 0) {
            return new Stats(-1, -1, 0);
        }
        return new Stats(rank(v, 0.50), rank(v, 0.99), v.length);
    }

    private static long rank(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return count == 0 ? "-" : median + " / " + p99;
    }
}
