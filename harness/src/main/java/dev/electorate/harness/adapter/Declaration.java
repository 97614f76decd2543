package dev.electorate.harness.adapter;

import dev.electorate.harness.io.BadInputException;
import dev.electorate.spec.Assumptions;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Timing;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the author of a third-party election claims for it: everything a reference algorithm's
 * descriptor states, so a third party can be held to as much as the project's own algorithms.
 *
 * @param assumptions         the assumptions that admit exactly the declared fault classes
 * @param winner              the node Validity demands
 * @param terminationBound    ticks after the last fault heals within which a leader is settled
 * @param faultAftermath      ticks after a fault ends during which a leader change is still its doing
 *                            (Stability does not count it)
 * @param exclusiveLeadership one believed leader at a time whatever the term (leases, fencing
 *                            tokens): Uniqueness then also forbids two leaders of different terms
 * @param crashBudget         the most nodes the crash classes take down in one run
 * @param electionMessages    the message types targeted faults aim at; empty: every message
 */
public record Declaration(Assumptions assumptions, Winner winner, long terminationBound, long faultAftermath,
                          boolean exclusiveLeadership, CrashBudget crashBudget, SortedSet<String> electionMessages) {

    public Declaration {
        electionMessages = Collections.unmodifiableSortedSet(new TreeSet<>(electionMessages));
    }

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
        Assumptions assumptions = Assumptions.surviving(failures)
                .synchronyBound(Timing.MAX_DELAY)
                .tolerating(classes.stream().filter(c -> c != FaultClass.CRASH && c != FaultClass.CRASH_RECOVER)
                        .toArray(FaultClass[]::new))
                .because("declared with --assume " + String.join(",", classes.stream().map(FaultClass::cliName).toList())
                        + "; a fault class not listed there may break it");
        return new Declaration(assumptions, Winner.parse(winner), terminationBound, 0, false, CrashBudget.MINORITY,
                new TreeSet<>());
    }

    /** This declaration with a fault aftermath of {@code ticks} (0 or more). */
    public Declaration withFaultAftermath(long ticks) {
        if (ticks < 0) {
            throw new BadInputException("--fault-aftermath must be 0 or more ticks, got " + ticks);
        }
        return new Declaration(assumptions, winner, terminationBound, ticks, exclusiveLeadership, crashBudget,
                electionMessages);
    }

    /** This declaration with leadership exclusive (or not) whatever the term. */
    public Declaration withExclusiveLeadership(boolean exclusive) {
        return new Declaration(assumptions, winner, terminationBound, faultAftermath, exclusive, crashBudget,
                electionMessages);
    }

    /** This declaration with another crash budget. */
    public Declaration withCrashBudget(CrashBudget budget) {
        return new Declaration(assumptions, winner, terminationBound, faultAftermath, exclusiveLeadership, budget,
                electionMessages);
    }

    /** This declaration with {@code types} as its election messages (message type names, as sent). */
    public Declaration withElectionMessages(Collection<String> types) {
        return new Declaration(assumptions, winner, terminationBound, faultAftermath, exclusiveLeadership, crashBudget,
                messageTypes(types));
    }

    /** Message type names as given to {@code --election-messages}, checked: no blank, no white space. */
    public static SortedSet<String> messageTypes(Collection<String> types) {
        SortedSet<String> names = new TreeSet<>();
        for (String t : types) {
            String name = t.trim();
            if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
                throw new BadInputException("--election-messages names message types, such as RequestVote; got '"
                        + t + "'");
            }
            names.add(name);
        }
        return names;
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
