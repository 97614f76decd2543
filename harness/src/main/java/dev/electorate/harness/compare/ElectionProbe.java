package dev.electorate.harness.compare;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.Network;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.harness.sim.Simulator;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.ClusterView;
import dev.electorate.spec.Envelope;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Timing;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Measures one election of one seeded run, the way {@code check} measures messages and ticks to elect
 * (the first step after which exactly one live node leads and every live node names it), but stops the
 * simulation there instead of running to the horizon, so large clusters stay cheap.
 */
final class ElectionProbe {
    /** How long the first leader leads before it crashes: its first heartbeats are out by then. */
    static final long SETTLE = 4 * Timing.MAX_DELAY;

    private ElectionProbe() {}

    /**
     * The first election of the run seed {@code seed} draws for {@code n} nodes and, when
     * {@code crash}, the election after that leader crashes {@link #SETTLE} ticks later: one or two
     * measurements, in the order of {@link Scenario}.
     */
    static List<Measurement> measure(Algorithm algorithm, Theory theory, int n, long seed, boolean crash) {
        RunSpec spec;
        try {
            spec = Runs.generate(algorithm, null, n, FaultClass.NONE, seed);
        } catch (RuntimeException e) {
            // An algorithm may refuse a cluster size (its descriptor says why): the cell shows the reason.
            Measurement m = Measurement.failed("cannot set up " + n + " nodes: " + e.getMessage());
            return crash ? List.of(m, m) : List.of(m);
        }
        Measurement first = run(algorithm, theory, spec, 0, -1);
        if (!crash) {
            return List.of(first);
        }
        if (!first.ok()) {
            return List.of(first, Measurement.failed("no first leader to crash"));
        }
        long crashAt = first.ticks() + SETTLE;
        RunSpec crashed = spec.withSchedule(new FaultSchedule(List.of(new Fault.Crash(crashAt, first.leader()))));
        return List.of(first, run(algorithm, theory, crashed, crashAt, first.leader()));
    }

    /**
     * Runs {@code spec} until the election that follows tick {@code from} settles; with
     * {@code crashed} > 0, that node is the leader the schedule crashes at {@code from}, and the
     * measurement starts there.
     */
    private static Measurement run(Algorithm algorithm, Theory theory, RunSpec spec, long from, int crashed) {
        Set<String> counted = theory.countedTypes();
        ClusterView view = new ClusterView(spec.cluster());
        long[] totals = new long[2];
        long[] termBefore = {0};
        boolean[] started = {crashed <= 0};
        Measurement[] result = new Measurement[1];
        Simulator[] simulator = new Simulator[1];
        Simulator.StepSink sink = step -> {
            if (result[0] != null) {
                return;
            }
            if (!started[0] && step.isFault() && step.node() == crashed && "Crash".equals(step.action())) {
                OptionalInt before = view.elected();
                if (before.isEmpty() || before.getAsInt() != crashed) {
                    result[0] = Measurement.failed("the first leader " + crashed + " no longer led at tick " + step.time()
                            + ", when it was to crash");
                    simulator[0].stop();
                    return;
                }
                termBefore[0] = view.of(crashed).term();
                started[0] = true;
            }
            view.apply(step);
            if (!started[0]) {
                return;
            }
            for (Envelope e : step.sent()) {
                totals[0]++;
                if (counted == null || counted.contains(e.message().type())) {
                    totals[1]++;
                }
            }
            OptionalInt elected = view.elected();
            if (elected.isPresent() && elected.getAsInt() != crashed) {
                int leader = elected.getAsInt();
                result[0] = new Measurement(totals[0], totals[1], step.time() - from,
                        view.of(leader).term() - termBefore[0], leader, view.live().last(), null);
                simulator[0].stop();
            }
        };
        long horizon = Runs.horizon(spec);
        try {
            simulator[0] = new Simulator(algorithm, null, spec.cluster(), Network.DEFAULT, spec.schedule(),
                    Runs.runChoices(spec.seed()), sink);
            simulator[0].run(horizon);
        } catch (RuntimeException e) {
            return Measurement.failed("the run of " + spec.members().size() + " nodes failed: " + e);
        }
        if (result[0] == null) {
            return Measurement.failed("no leader known to every live node by tick " + horizon
                    + (crashed > 0 ? " (crash at tick " + from + ")" : ""));
        }
        return result[0];
    }
}
