package dev.electorate.harness.explore;

import dev.electorate.harness.check.Generators;
import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.sim.RecordingChoices;
import dev.electorate.harness.sim.ReplayChoices;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The choices that make a run's faults strike at {@link FaultPoint}s of an earlier run on the same
 * cluster: a crash right after a node's state changed and a restart a message delay later (a bounce
 * when the change was an election message's handling, so it strikes right after that reaction), a
 * crash for good, or a short pause, loss, duplication or reordering from that tick. They are written
 * as the values the fault planner draws, so the child is an ordinary choice sequence that shrinks and
 * replays like any; every head is drawn back through the planner and kept only when it gives the
 * faults meant.
 */
final class AimedFaults {

    /** Fault classes whose faults can be aimed at a point. */
    static final List<FaultClass> AIMABLE = List.of(FaultClass.CRASH, FaultClass.CRASH_RECOVER, FaultClass.PAUSE,
            FaultClass.LOSS, FaultClass.DUPLICATE, FaultClass.REORDER);

    private AimedFaults() {}

    /**
     * The head of a sequence (fault class, {@code parent}'s cluster, faults) whose faults of class
     * {@code faultClass} strike at {@code points} (one fault each, crashes at distinct nodes within the
     * crash budget), or empty when the class cannot be aimed or a point lies beyond the fault window.
     */
    static Optional<List<Integer>> head(Explorer.Plan plan, List<Integer> parent, FaultClass faultClass,
                                        List<FaultPoint> points, SplittableRandom guide) {
        List<FaultClass> ordered = plan.faults().stream().distinct().sorted().toList();
        if (!ordered.contains(faultClass) || !AIMABLE.contains(faultClass) || points.isEmpty()) {
            return Optional.empty();
        }
        RecordingChoices kept = new RecordingChoices(new ReplayChoices(parent));
        Generators.faultClass(kept, plan.faults());
        Cluster cluster = Generators.cluster(kept, plan.nodes());
        List<Integer> head = new ArrayList<>();
        head.add(ordered.indexOf(faultClass));
        head.addAll(kept.drawn().subList(1, kept.count()));
        long window = Math.max(2, plan.algorithm().terminationBound(cluster));
        List<Fault> meant = new ArrayList<>();
        boolean crashes = faultClass == FaultClass.CRASH || faultClass == FaultClass.CRASH_RECOVER;
        if (crashes) {
            int budget = Math.max(1, Math.min(plan.algorithm().crashBudget(cluster), cluster.size()));
            List<FaultPoint> chosen = new ArrayList<>();
            for (FaultPoint p : points) {
                if (chosen.size() < budget && chosen.stream().noneMatch(c -> c.node() == p.node())) {
                    chosen.add(p);
                }
            }
            if (budget > 1) {
                head.add(chosen.size() - 1);
            }
            List<Integer> candidates = new ArrayList<>(cluster.members());
            for (FaultPoint p : chosen) {
                head.add(candidates.indexOf(p.node()));
                candidates.remove(Integer.valueOf(p.node()));
                // Mostly short: the restart has to come before a rival's message, a delay at most away.
                long down = 1 + guide.nextInt(guide.nextBoolean() ? 3 : (int) Timing.MAX_DELAY);
                if (faultClass == FaultClass.CRASH) {
                    head.add((int) p.tick()); // onset - 1: a crash the tick after the change
                    meant.add(new Fault.Crash(p.tick() + 1, p.node()));
                } else if (p.onElectionMessage()) {
                    long within = 1 + guide.nextInt((int) Timing.MAX_DELAY);
                    if (guide.nextBoolean()) { // aimed, a bounce, armed at the onset drawn over the whole window
                        head.addAll(List.of(0, 0, 999, (int) p.tick() - 1, (int) within - 1, (int) down - 1));
                        meant.add(new Fault.Bounce(p.tick(), p.node(), within, down));
                    } else { // aimed, a contest armed at that tick: whoever first meets rival election messages
                        head.addAll(List.of(0, 999, 999, (int) p.tick() - 1, (int) within - 1, (int) down - 1));
                        meant.add(new Fault.Contest(p.tick(), within, down));
                    }
                } else {
                    head.addAll(List.of(999, (int) p.tick(), (int) down - 1)); // not aimed: crash, restart
                    meant.add(new Fault.Crash(p.tick() + 1, p.node()));
                    meant.add(new Fault.Restart(p.tick() + 1 + down, p.node()));
                }
            }
            if (faultClass == FaultClass.CRASH_RECOVER) {
                head.add(999); // no crash inside a reaction besides
            }
        } else {
            FaultPoint p = points.get(0);
            long lasting = 1 + guide.nextInt((int) Timing.MAX_DELAY);
            long from = faultClass == FaultClass.PAUSE ? p.tick() + 1 : p.tick();
            head.add((int) from - 1);
            head.add((int) lasting - 1);
            switch (faultClass) {
                case PAUSE -> {
                    head.add(cluster.members().indexOf(p.node()));
                    meant.add(new Fault.Pause(from, from + lasting, p.node()));
                }
                case LOSS, DUPLICATE -> {
                    int perMille = 100 + guide.nextInt(401);
                    head.add(perMille - 100);
                    meant.add(faultClass == FaultClass.LOSS ? new Fault.Loss(from, from + lasting, perMille)
                            : new Fault.Duplication(from, from + lasting, perMille));
                }
                default -> meant.add(new Fault.Reordering(from, from + lasting));
            }
        }
        if (meant.stream().anyMatch(f -> f.at() < 1 || f.at() > window)) {
            return Optional.empty();
        }
        RecordingChoices check = new RecordingChoices(new ReplayChoices(head));
        var spec = Generators.run(check, plan.algorithm(), plan.mutant(), plan.nodes(), plan.faults(), 0, plan.drift());
        if (check.count() != head.size() || !spec.schedule().faults().equals(meant)) {
            return Optional.empty(); // the planner draws otherwise than written here: no aimed child
        }
        return Optional.of(head);
    }
}
