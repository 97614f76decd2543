package dev.electorate.harness.explore;

import dev.electorate.harness.check.Attempt;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.RunOutcome;
import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.io.TraceCodec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes an attempt a valid run: a cluster of ids 1..n in some ring order with n in range, a
 * fault schedule of the drawn class whose faults hit members at sensible times (a restart only of
 * a node crashed before it), a trace whose steps are numbered and timed in order, and a run spec
 * that replays to the same trace byte for byte with the same violations.
 */
final class ValidRun {

    private ValidRun() {}

    /** Everything wrong with {@code attempt}; empty when it is a valid run. */
    static List<String> problems(Algorithm algorithm, Attempt attempt, NodeRange nodes, List<FaultClass> classes) {
        List<String> problems = new ArrayList<>();
        var run = attempt.run();
        List<Integer> members = run.members();
        int n = members.size();
        if (n < nodes.min() || n > nodes.max()) {
            problems.add(n + " nodes, outside " + nodes);
        }
        if (!new HashSet<>(members).equals(new HashSet<>(dev.electorate.spec.Cluster.ofSize(n).members()))
                || new HashSet<>(members).size() != n) {
            problems.add("members " + members + " are not the ids 1.." + n);
        }
        FaultClass faultClass = run.faultClass();
        if (!classes.contains(faultClass)) {
            problems.add("fault class " + faultClass + " was not asked for: " + classes);
        }
        Set<Integer> crashed = new HashSet<>();
        for (Fault f : run.schedule().faults()) {
            if (!allowed(faultClass, f)) {
                problems.add(f.describe() + " does not belong to class " + faultClass.cliName());
            }
            if (f.at() < 1) {
                problems.add(f.describe() + " starts before tick 1");
            }
            if (f.healsAt() < f.at()) {
                problems.add(f.describe() + " heals before it starts");
            }
            if (f instanceof Fault.Crash c) {
                requireMember(problems, members, c.node(), f);
                crashed.add(c.node());
            } else if (f instanceof Fault.Restart r) {
                requireMember(problems, members, r.node(), f);
                // A restart of a node that is up is a no-op the simulator skips (mixed schedules may
                // crash one node twice); a restart with no crash before it is a malformed schedule.
                if (!crashed.contains(r.node())) {
                    problems.add(f.describe() + " restarts a node that was never crashed");
                }
            } else if (f instanceof Fault.Bounce b) {
                requireMember(problems, members, b.node(), f);
                if (b.within() < 1 || b.down() < 1) {
                    problems.add(f.describe() + ": a bounce needs a positive deadline and downtime");
                }
            } else if (f instanceof Fault.MidReaction m) {
                requireMember(problems, members, m.node(), f);
                if (m.within() < 1 || m.down() < 1) {
                    problems.add(f.describe() + ": a crash inside a reaction needs a positive deadline and downtime");
                }
            } else if (f instanceof Fault.Contest c) {
                if (c.within() < 1 || c.down() < 1) {
                    problems.add(f.describe() + ": a contest needs a positive deadline and downtime");
                }
            } else if (f instanceof Fault.Pause p) {
                requireMember(problems, members, p.node(), f);
            } else if (f instanceof Fault.ClockSkew s) {
                requireMember(problems, members, s.node(), f);
                if (s.ratePerMille() <= 0) {
                    problems.add(f.describe() + " stops the clock");
                }
            } else if (f instanceof Fault.Partition p) {
                List<Integer> all = new ArrayList<>();
                p.groups().forEach(all::addAll);
                if (p.bridge() != 0 && !all.contains(p.bridge())) {
                    problems.add(f.describe() + ": bridge outside the groups");
                }
                if (p.groups().stream().anyMatch(List::isEmpty) || all.size() != n
                        || !new HashSet<>(all).equals(new HashSet<>(members))) {
                    problems.add(f.describe() + ": groups do not split the members " + members);
                }
            } else if (f instanceof Fault.Loss l) {
                perMille(problems, l.perMille(), f);
            } else if (f instanceof Fault.Duplication d) {
                perMille(problems, d.perMille(), f);
            }
        }
        Trace trace = attempt.trace();
        long previous = 0;
        for (int i = 0; i < trace.steps().size(); i++) {
            Step s = trace.steps().get(i);
            if (s.index() != i) {
                problems.add("step " + i + " is numbered " + s.index());
            }
            if (s.time() < previous || s.time() > trace.header().horizon()) {
                problems.add("step " + i + " at tick " + s.time() + " is out of order or past the horizon");
            }
            previous = s.time();
        }
        Trace replayed = Runs.execute(run);
        if (!TraceCodec.digest(replayed).equals(TraceCodec.digest(trace))) {
            problems.add("the run spec does not replay to the same trace");
        }
        if (!RunOutcome.decidedViolations(replayed, algorithm).equals(attempt.violations())) {
            problems.add("the replayed run shows other violations");
        }
        return problems;
    }

    private static boolean allowed(FaultClass faultClass, Fault f) {
        return switch (faultClass) {
            case NONE -> false;
            case CRASH -> f instanceof Fault.Crash;
            case CRASH_RECOVER -> f instanceof Fault.Crash || f instanceof Fault.Restart || f instanceof Fault.Bounce
                    || f instanceof Fault.Contest || f instanceof Fault.MidReaction;
            case LOSS -> f instanceof Fault.Loss;
            case DUPLICATE -> f instanceof Fault.Duplication;
            case REORDER -> f instanceof Fault.Reordering;
            case PARTITION -> f instanceof Fault.Partition;
            case PAUSE -> f instanceof Fault.Pause;
            case CLOCK_SKEW -> f instanceof Fault.ClockSkew;
            case MIXED -> true;
        };
    }

    private static void requireMember(List<String> problems, List<Integer> members, int node, Fault f) {
        if (!members.contains(node)) {
            problems.add(f.describe() + " hits " + node + ", not a member of " + members);
        }
    }

    private static void perMille(List<String> problems, int perMille, Fault f) {
        if (perMille < 0 || perMille > 1000) {
            problems.add(f.describe() + ": a probability outside 0..1000 per mille");
        }
    }
}
