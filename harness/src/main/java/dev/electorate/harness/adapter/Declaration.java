package dev.electorate.harness.adapter;

import dev.electorate.harness.io.BadInputException;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Timing;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;

/**
 * What the author of a third-party election claims for it: the fault classes it tolerates, which
 * node must win, and within how many ticks after the last fault one leader is known to all.
 *
 * @param assumptions      the assumptions that admit exactly the declared fault classes
 * @param winner           the node Validity demands
 * @param terminationBound ticks after the last fault heals within which a leader is settled
 */
public record Declaration(Assumptions assumptions, Winner winner, long terminationBound) {

    /** The fault classes assumed when the user names none: crash-stop over reliable links. */
    public static final List<String> DEFAULT_ASSUME = List.of("none", "crash");

    /** Ticks allowed for an election when the user states no bound. */
    public static final long DEFAULT_TERMINATION_BOUND = 200;

    /** Which node Validity demands as the settled leader. */
    public enum Winner {
        /** The highest live id (Bully, the rings). */
        HIGHEST,
        /** The lowest live id. */
        LOWEST,
        /** Any live node. */
        ANY;

        /** Parses {@code highest}, {@code lowest} or {@code any}. */
        public static Winner parse(String name) {
            for (Winner w : values()) {
                if (w.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return w;
                }
            }
            throw new BadInputException("--winner must be highest, lowest or any; got '" + name + "'");
        }
    }

    /**
     * The declaration for {@code --assume} (fault-class names; {@code mixed} stands for all of them),
     * {@code --winner} and {@code --termination-bound}.
     */
    public static Declaration parse(List<String> assume, String winner, long terminationBound) {
        if (terminationBound < 1) {
            throw new BadInputException("--termination-bound must be at least 1 tick, got " + terminationBound);
        }
        Set<FaultClass> classes = EnumSet.of(FaultClass.NONE);
        for (String name : assume.isEmpty() ? DEFAULT_ASSUME : assume) {
            try {
                classes.add(FaultClass.parse(name.trim()));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--assume: " + e.getMessage());
            }
        }
        if (classes.contains(FaultClass.MIXED)) {
            classes.addAll(EnumSet.allOf(FaultClass.class));
        }
        boolean crash = classes.contains(FaultClass.CRASH);
        boolean recover = classes.contains(FaultClass.CRASH_RECOVER);
        Assumptions.Failures failures = recover
                ? (crash ? Assumptions.Failures.CRASH_RECOVERY : Assumptions.Failures.MAJORITY_RECOVERY)
                : crash ? Assumptions.Failures.CRASH_STOP : Assumptions.Failures.NONE;
        Assumptions assumptions = new Assumptions(Timing.MAX_DELAY, !classes.contains(FaultClass.LOSS), failures,
                classes.contains(FaultClass.PARTITION), classes.contains(FaultClass.PAUSE),
                classes.contains(FaultClass.DUPLICATE), classes.contains(FaultClass.REORDER),
                classes.contains(FaultClass.CLOCK_SKEW), true,
                "declared with --assume " + String.join(",", classes.stream().map(FaultClass::cliName).toList())
                        + "; a fault class not listed there may break it");
        return new Declaration(assumptions, Winner.parse(winner), terminationBound);
    }

    /** The leader Validity demands among {@code live}. */
    public OptionalInt expectedLeader(Cluster cluster, SortedSet<Integer> live) {
        if (live.isEmpty()) {
            return OptionalInt.empty();
        }
        return switch (winner) {
            case HIGHEST -> OptionalInt.of(live.last());
            case LOWEST -> OptionalInt.of(live.first());
            case ANY -> OptionalInt.empty();
        };
    }
}
