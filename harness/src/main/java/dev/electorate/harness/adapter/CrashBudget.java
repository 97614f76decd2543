package dev.electorate.harness.adapter;

import dev.electorate.harness.io.BadInputException;
import dev.electorate.spec.Cluster;
import java.util.Locale;

/**
 * How many nodes the crash fault classes may take down in one run of a declared election: a
 * minority (what a quorum election survives, the default), half the cluster, or a fixed count.
 *
 * @param rule  {@code minority}, {@code half} or {@code nodes}
 * @param count the fixed count when the rule is {@code nodes}, 0 otherwise
 */
public record CrashBudget(String rule, int count) {

    /** At most a minority down: (n - 1) / 2 nodes, so a majority is always up. */
    public static final CrashBudget MINORITY = new CrashBudget("minority", 0);

    /** Up to half the cluster down, which leaves an even cluster without a majority. */
    public static final CrashBudget HALF = new CrashBudget("half", 0);

    /** Parses {@code minority}, {@code half} or a count of nodes (1 or more); {@code source} names the input. */
    public static CrashBudget parse(String text, String source) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals(MINORITY.rule)) {
            return MINORITY;
        }
        if (t.equals(HALF.rule)) {
            return HALF;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= 1) {
                return new CrashBudget("nodes", n);
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted forms
        }
        throw new BadInputException(source + " must be minority, half or a number of nodes (1 or more); got '"
                + text + "'");
    }

    /**
     * The most nodes down at once in {@code cluster}; never less than one, so a crash class always
     * crashes something (in a cluster of one or two, a minority is no node at all).
     */
    public int of(Cluster cluster) {
        int n = cluster.size();
        int nodes = switch (rule) {
            case "minority" -> (n - 1) / 2;
            case "half" -> n / 2;
            default -> count;
        };
        return Math.max(1, Math.min(nodes, n));
    }

    /** The form {@link #parse} reads back. */
    public String text() {
        return rule.equals("nodes") ? Integer.toString(count) : rule;
    }
}
