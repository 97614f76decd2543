package dev.electorate.harness.check;

import dev.electorate.harness.fault.DriftBound;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.io.OutputFolder;
import dev.electorate.harness.sim.Choices;
import dev.electorate.harness.sim.RecordingChoices;
import dev.electorate.harness.sim.ReplayChoices;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Properties;
import dev.electorate.spec.property.Property;
import dev.electorate.tla.TraceCoverage;
import dev.electorate.tla.TraceValidator;
import dev.electorate.tla.TraceVerdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Checks algorithms under fault classes: many seeded runs per cell, one verdict per cell, the
 * first failing run shrunk to a counterexample and written out with its replay file.
 */
public final class Checker {

    /**
     * What to check and where to write it; {@code validateTraces} is how many traces per cell TLC
     * validates against the algorithm's specification (0: none); {@code replayFlags} are what a
     * counterexample's replay command adds to name a third-party election again ("" for ours); {@code drift}
     * bounds the skewed clocks of the clock-skew class.
     */
    public record Plan(List<Algorithm> algorithms, String mutant, List<FaultClass> faults, NodeRange nodes,
                       int runs, long seed, Path out, int validateTraces, String replayFlags, DriftBound drift) {

        public Plan(List<Algorithm> algorithms, String mutant, List<FaultClass> faults, NodeRange nodes,
                    int runs, long seed, Path out, int validateTraces) {
            this(algorithms, mutant, faults, nodes, runs, seed, out, validateTraces, "", DriftBound.UNBOUNDED);
        }

        public Plan(List<Algorithm> algorithms, String mutant, List<FaultClass> faults, NodeRange nodes,
                    int runs, long seed, Path out) {
            this(algorithms, mutant, faults, nodes, runs, seed, out, 0);
        }
    }

    /** Most re-runs spent shrinking one cell's counterexample, so that a whole matrix stays quick. */
    static final int SHRINK_BUDGET = 300;

    private final Plan plan;
    private final List<CellResult> results = new ArrayList<>();
    private final CellListener listener;
    /** Abstract-state coverage per algorithm, when asked for ({@link #withCoverage}); null otherwise. */
    private Map<String, Coverage> coverage;

    /** A checker that writes results.json alone. */
    public Checker(Plan plan) {
        this(plan, CellListener.NONE);
    }

    /** A checker that also tells {@code listener} of every finished cell (the CLI draws its page so). */
    public Checker(Plan plan, CellListener listener) {
        this.plan = plan;
        this.listener = listener;
    }

    /** Also records every run's abstract-state coverage, per algorithm, into results.json. */
    public Checker withCoverage() {
        coverage = new LinkedHashMap<>();
        for (Algorithm a : plan.algorithms()) {
            coverage.put(a.name(), new Coverage());
        }
        return this;
    }

    /** The coverage per algorithm's name, or an empty map when it was not asked for. */
    public Map<String, Coverage> coverage() {
        return coverage == null ? Map.of() : Map.copyOf(coverage);
    }

    /** Runs the whole matrix, writing results.json after every cell so nothing is lost. */
    public List<CellResult> run() {
        return run(true);
    }

    /** Runs the whole matrix, with a progress bar on the terminal when {@code showProgress}. */
    public List<CellResult> run(boolean showProgress) {
        createDirectories(plan.out().resolve("counterexamples"));
        Progress progress = Progress.onTerminal((long) plan.algorithms().size() * plan.faults().size() * plan.runs(),
                "runs", showProgress);
        for (Algorithm algorithm : plan.algorithms()) {
            for (FaultClass fault : plan.faults()) {
                CellResult cell = checkCell(algorithm, fault, progress);
                results.add(cell);
                writeResults();
                if (plan.validateTraces() > 0) {
                    results.set(results.size() - 1, cell.withValidation(validate(algorithm, fault)));
                    writeResults();
                }
            }
        }
        progress.finish();
        return results;
    }

    /** The seed of run {@code i} of a cell: the plan's seed plus the run's number. */
    public static long seedOf(long base, int i) {
        return base + i;
    }

    private CellResult checkCell(Algorithm algorithm, FaultClass fault, Progress progress) {
        long start = System.nanoTime();
        Tally tally = new Tally(Properties.ALL.stream().map(Property::name).toList());
        IntStream.range(0, plan.runs()).parallel().forEach(i -> {
            RunSpec spec = Runs.generate(algorithm, plan.mutant(), plan.nodes().sizeOf(i), fault, seedOf(plan.seed(), i), plan.drift());
            Trace trace = Runs.execute(spec);
            if (coverage != null) {
                coverage.get(algorithm.name()).add(trace);
            }
            RunOutcome outcome = RunOutcome.of(spec, trace, algorithm);
            tally.add(i, outcome);
            progress.step(outcome.violated());
        });
        Tally.Totals totals = tally.totals();
        int violated = totals.violatedRuns();
        boolean admitted = algorithm.assumptions().admits(fault);
        CellVerdict verdict = violated > 0 ? admitted ? CellVerdict.VIOLATED_UNEXPECTED : CellVerdict.VIOLATED_EXPECTED
                : totals.cappedRuns() > 0 ? CellVerdict.INCONCLUSIVE : CellVerdict.HOLDS;
        Counterexample counterexample = totals.firstFailure() == null ? null
                : counterexample(algorithm, fault, totals.firstFailure());
        return new CellResult(algorithm.name(), fault.cliName(), admitted, totals.runs(), violated,
                totals.byProperty(), verdict, totals.ticksToElect(), totals.messagesToElect(),
                totals.electionMessagesToElect(), counterexample, (System.nanoTime() - start) / 1e9, null,
                totals.cappedRuns());
    }

    /** Validates the cell's first runs against the TLA+ specification with TLC. */
    private TraceCheck validate(Algorithm algorithm, FaultClass fault) {
        long start = System.nanoTime();
        int k = Math.min(plan.validateTraces(), plan.runs());
        if (algorithm.tlaModule() == null) {
            throw new BadInputException(algorithm.name() + " has no TLA+ specification yet; drop --validate-traces"
                    + " or choose algorithms that have one");
        }
        List<Trace> traces = IntStream.range(0, k).parallel().mapToObj(i -> Runs.execute(
                Runs.generate(algorithm, plan.mutant(), plan.nodes().sizeOf(i), fault, seedOf(plan.seed(), i), plan.drift()))).toList();
        Path work = plan.out().resolve("tla").resolve(algorithm.name() + "-" + fault.cliName());
        List<TraceVerdict> verdicts = new TraceValidator(work).validate(algorithm.tlaModule(), traces);
        String firstRejection = verdicts.stream().filter(v -> !v.accepted()).findFirst()
                .map(v -> "seed " + traces.get(v.trace()).header().seed() + ": " + v.describe()).orElse(null);
        int accepted = (int) verdicts.stream().filter(TraceVerdict::accepted).count();
        List<TraceVerdict> broken = verdicts.stream().filter(v -> v.accepted() && !v.holds()).toList();
        String firstBroken = broken.stream().findFirst()
                .map(v -> "seed " + traces.get(v.trace()).header().seed() + ": " + v.describe()).orElse(null);
        TraceCoverage coverage = TraceCoverage.of(algorithm.tlaModule(), verdicts);
        return new TraceCheck(k, accepted, (System.nanoTime() - start) / 1e9, firstRejection, broken.size(),
                firstBroken, coverage.counts());
    }

    /**
     * Shrinks the failing run as {@code explore} shrinks its own (see {@link Shrinker#counterexample}) on
     * the seed's cluster, and writes it out. The run is first restated as one choice sequence, its
     * fault draws then its network's and nodes' draws, that {@link Runs#make} makes again.
     */
    private Counterexample counterexample(Algorithm algorithm, FaultClass fault, RunOutcome failure) {
        RunSpec failing = failure.spec();
        Cluster cluster = failing.cluster();
        long seed = failing.seed();
        Function<Choices, RunSpec> maker = choices -> Runs.make(choices, algorithm, plan.mutant(), cluster, fault, seed,
                plan.drift());
        RecordingChoices faultDraws = new RecordingChoices(Runs.faultChoices(seed));
        RunSpec planned = maker.apply(faultDraws);
        RecordingChoices runDraws = new RecordingChoices(Runs.runChoices(seed));
        Runs.simulate(planned, runDraws);
        List<Integer> sequence = new ArrayList<>(faultDraws.drawn());
        sequence.addAll(runDraws.drawn());
        Attempt first = Attempt.of(new ReplayChoices(sequence), algorithm, maker);
        String property = failure.violations().get(0).property();
        if (first.violations().isEmpty() || !first.violations().get(0).property().equals(property)
                || !first.run().schedule().equals(failing.schedule())) {
            throw new IllegalStateException("seed " + seed + " of " + algorithm.name() + " under " + fault.cliName()
                    + " did not make the same run from its choice sequence");
        }
        Attempt shrunk = Shrinker.counterexample(algorithm, first,
                seq -> Attempt.of(new ReplayChoices(seq), algorithm, maker), SHRINK_BUDGET).shrunk();
        return Counterexample.write(plan.out().resolve("counterexamples"), shrunk.run(), shrunk.violation(property),
                shrunk.trace(), plan.replayFlags());
    }

    private void writeResults() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("seed", plan.seed());
        doc.put("runsPerCell", plan.runs());
        doc.put("nodes", plan.nodes().toString());
        doc.put("mutant", plan.mutant());
        if (plan.drift().bounded()) {
            doc.put("maxDrift", plan.drift().describe());
        }
        doc.put("cells", results);
        if (coverage != null) {
            Map<String, Object> covered = new LinkedHashMap<>();
            for (Algorithm a : plan.algorithms()) {
                covered.put(a.name(), coverage.get(a.name()).summary(a));
            }
            doc.put("coverage", covered);
        }
        OutputFolder.writeJson(plan.out().resolve("results.json"), doc); // whole or not at all, after every cell
        listener.cellsSoFar(plan, List.copyOf(results));
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + dir, e);
        }
    }
}
