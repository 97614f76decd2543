package dev.electorate.harness.sim;

import dev.electorate.harness.fault.DriftBound;
import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Timing;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a fault schedule of one fault class for a cluster: faults begin within the first
 * {@code window} ticks (while elections are under way and after) and heal within {@code window}
 * ticks of their onset.
 */
public final class FaultPlanner {

    /** Partition shapes, as named in schedules and reports. */
    public static final List<String> SHAPES = List.of("halves", "majority-minority", "bridge", "one-way");

    private final Cluster cluster;
    private final long window;
    private final Choices choices;
    private final int crashBudget;
    private final DriftBound drift;

    /** A planner whose crash classes take down up to half the cluster. */
    public FaultPlanner(Cluster cluster, long window, Choices choices) {
        this(cluster, window, choices, Math.max(1, cluster.size() / 2), DriftBound.UNBOUNDED);
    }

    /** A planner whose crash classes take down at most {@code crashBudget} nodes (at least one). */
    public FaultPlanner(Cluster cluster, long window, Choices choices, int crashBudget) {
        this(cluster, window, choices, crashBudget, DriftBound.UNBOUNDED);
    }

    /** A planner whose skewed clocks drift within {@code drift}. */
    public FaultPlanner(Cluster cluster, long window, Choices choices, DriftBound drift) {
        this(cluster, window, choices, Math.max(1, cluster.size() / 2), drift);
    }

    /** A planner that crashes at most {@code crashBudget} nodes (at least one) and skews clocks within {@code drift}. */
    public FaultPlanner(Cluster cluster, long window, Choices choices, int crashBudget, DriftBound drift) {
        if (window < 2) {
            throw new IllegalArgumentException("the fault window must be at least 2 ticks, got " + window);
        }
        this.cluster = cluster;
        this.window = window;
        this.choices = choices;
        this.crashBudget = Math.max(1, Math.min(crashBudget, cluster.size()));
        this.drift = drift;
    }

    public FaultSchedule plan(FaultClass faultClass) {
        List<Fault> faults = new ArrayList<>();
        switch (faultClass) {
            case NONE -> { }
            case CRASH -> crashes(faults, false);
            case CRASH_RECOVER -> crashes(faults, true);
            case LOSS -> {
                long at = onset();
                faults.add(new Fault.Loss(at, at + duration(), perMille()));
            }
            case DUPLICATE -> {
                long at = onset();
                faults.add(new Fault.Duplication(at, at + duration(), perMille()));
            }
            case REORDER -> {
                long at = onset();
                faults.add(new Fault.Reordering(at, at + duration()));
            }
            case PARTITION -> faults.add(partition());
            case PAUSE -> {
                long at = onset();
                faults.add(new Fault.Pause(at, at + duration(), anyNode()));
            }
            case CLOCK_SKEW -> {
                long at = onset();
                int rate = clockRate();
                faults.add(new Fault.ClockSkew(at, at + duration(), anyNode(), rate));
            }
            case MIXED -> {
                int count = (int) choices.between(2, 4);
                FaultClass[] pool = {FaultClass.CRASH_RECOVER, FaultClass.LOSS, FaultClass.DUPLICATE,
                    FaultClass.REORDER, FaultClass.PARTITION, FaultClass.PAUSE, FaultClass.CLOCK_SKEW};
                for (int i = 0; i < count; i++) {
                    faults.addAll(plan(pool[choices.below(pool.length)]).faults());
                }
            }
        }
        return new FaultSchedule(faults);
    }

    long onset() {
        return choices.between(1, window);
    }

    long duration() {
        return choices.between(1, window);
    }

    /**
     * A crash right after an election message, restarted within a message delay: armed in the
     * first eighth of the window half the time, while the first election is under way (a uniform
     * tick over the whole window mostly arms it after every election has ended).
     */
    private Fault.Bounce bounce(int node) {
        long at = choices.chance(500) ? choices.between(1, Math.max(1, window / 8)) : onset();
        return new Fault.Bounce(at, node, duration(), choices.between(1, Timing.MAX_DELAY));
    }

    /**
     * A crash between two rival election messages (see {@link Fault.Contest}), armed in the first
     * eighth of the window three times in four: rivals meet mostly in the first election.
     */
    private Fault.Contest contest() {
        long at = choices.chance(750) ? choices.between(1, Math.max(1, window / 8)) : onset();
        return new Fault.Contest(at, duration(), choices.between(1, Timing.MAX_DELAY));
    }

    private int perMille() {
        return (int) choices.between(100, 500);
    }

    private int anyNode() {
        return cluster.members().get(choices.below(cluster.size()));
    }

    /**
     * Crashes of up to the crash budget (at least one node), each optionally followed by a restart; with
     * restarts, half the schedules also crash one of those nodes inside a reaction.
     */
    private void crashes(List<Fault> faults, boolean recover) {
        List<Integer> candidates = new ArrayList<>(cluster.members());
        List<Integer> chosen = new ArrayList<>();
        int count = (int) choices.between(1, crashBudget);
        for (int i = 0; i < count; i++) {
            int node = candidates.remove(choices.below(candidates.size()));
            chosen.add(node);
            // Three crashes in four are aimed at an election: a quarter of all at a chosen node (a
            // bounce), half at whichever node first meets rival election messages (a contest). Rivals
            // meet in few runs (a split vote), so contests get the larger share; a bounce or contest
            // that finds no election still crashes (a bounce at its deadline) or changes nothing.
            if (recover && choices.chance(750)) {
                faults.add(choices.chance(333) ? bounce(node) : contest());
                continue;
            }
            long at = onset();
            faults.add(new Fault.Crash(at, node));
            if (recover) {
                faults.add(new Fault.Restart(at + duration(), node));
            }
        }
        // Drawn after the others, so that a seed's other crashes stay what they were. It goes to a
        // node already chosen, so the crash budget (which nodes may be down) is unchanged.
        if (recover && choices.chance(500)) {
            faults.add(midReaction(chosen.get(choices.below(chosen.size()))));
        }
    }

    /**
     * A crash inside the node's next reaction of two effects or more (see {@link Fault.MidReaction}),
     * armed in the first eighth of the window half the time, while the first election is under way.
     */
    private Fault.MidReaction midReaction(int node) {
        long at = choices.chance(500) ? choices.between(1, Math.max(1, window / 8)) : onset();
        return new Fault.MidReaction(at, node, duration(), choices.between(1, Timing.MAX_DELAY));
    }

    private Fault.Partition partition() {
        String shape = SHAPES.get(choices.below(SHAPES.size()));
        List<Integer> shuffled = shuffled();
        int n = shuffled.size();
        int cut = switch (shape) {
            case "halves" -> n / 2;
            case "majority-minority" -> (int) choices.between(1, (n - 1) / 2);
            default -> (int) choices.between(1, n - 1);
        };
        int bridge = 0;
        List<Integer> rest = new ArrayList<>(shuffled);
        if (shape.equals("bridge") && n >= 3) {
            bridge = rest.remove(rest.size() - 1);
            cut = Math.min(cut, rest.size() - 1);
            cut = Math.max(cut, 1);
        }
        List<Integer> first = new ArrayList<>(rest.subList(0, cut));
        List<Integer> second = new ArrayList<>(rest.subList(cut, rest.size()));
        if (bridge != 0) {
            second.add(bridge);
        }
        first.sort(null);
        second.sort(null);
        long at = onset();
        return new Fault.Partition(at, at + duration(), shape, List.of(first, second), bridge, shape.equals("one-way"));
    }

    private List<Integer> shuffled() {
        List<Integer> ids = new ArrayList<>(cluster.members());
        for (int i = ids.size() - 1; i > 0; i--) {
            int j = choices.below(i + 1);
            Integer tmp = ids.get(i);
            ids.set(i, ids.get(j));
            ids.set(j, tmp);
        }
        return ids;
    }

    /**
     * The rate of a skewed clock in thousandths of real time: within the bound, slow or fast with
     * equal chance, off by between half the bound and the bound (the drifts that test a margin),
     * never at real time; unbounded, the class's wide draw.
     */
    private int clockRate() {
        if (!drift.bounded()) {
            return choices.chance(500) ? (int) choices.between(250, 800) : (int) choices.between(1250, 4000);
        }
        boolean slow = choices.chance(500);
        int gain = (int) choices.between(Math.max(1, (drift.perMille() + 1) / 2), drift.perMille());
        // Slow: 1/(1+gain) of real time, rounded up so that it never falls below 1/(1+D); a gain too
        // small to slow a clock by a whole thousandth makes it fast instead.
        long slowRate = (1_000_000L + 1000 + gain - 1) / (1000 + gain);
        return slow && slowRate < 1000 ? (int) slowRate : 1000 + gain;
    }
}
