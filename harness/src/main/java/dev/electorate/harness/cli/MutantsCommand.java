package dev.electorate.harness.cli;

import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.check.Coverage;
import dev.electorate.harness.explore.Explorer;
import dev.electorate.harness.explore.GuidedExplorer;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Mutant;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code electorate mutants}: the mutation score. Each mutant is explored from several seeds inside
 * its algorithm's assumptions; it is killed when every seed finds a violation.
 */
@Command(name = "mutants", mixinStandardHelpOptions = true,
        description = "Explores every mutant and prints the mutation-score table.")
public final class MutantsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--algorithm", paramLabel = "A", description = "Only this algorithm's mutants (repeatable).")
    List<String> algorithms = new ArrayList<>();

    @Option(names = "--mutant", paramLabel = "M",
            description = "Only this mutant of the chosen algorithms (repeatable); a named mutant is searched even if"
                    + " it is beyond random search.")
    List<String> mutants = new ArrayList<>();

    @Option(names = "--tries", paramLabel = "T", defaultValue = "10000", description = "Most runs per search (default: ${DEFAULT-VALUE}).")
    int tries;

    @Option(names = "--searches", paramLabel = "K", defaultValue = "3",
            description = "Searches from different seeds per mutant; medians are over these (default: ${DEFAULT-VALUE}).")
    int searches;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "3..7", description = "Cluster sizes (default: ${DEFAULT-VALUE}).")
    String nodes;

    @Mixin
    SeedOption seedOption = new SeedOption();

    @Option(names = "--guided", description = "Search guided by coverage instead of at random (see explore --guided).")
    boolean guided;

    @Option(names = "--compare",
            description = "Search each mutant both ways, at random and guided, on the same seeds and budget, and print both.")
    boolean compare;

    @Option(names = "--include-rare",
            description = "Also search the mutants no random search of 10,000 runs has killed (each names what kills"
                    + " it); without this flag they are listed, not searched, and not counted.")
    boolean includeRare;

    @Option(names = "--shrink-budget", paramLabel = "K", defaultValue = "1500",
            description = "Most re-runs spent shrinking each failure (default: ${DEFAULT-VALUE}).")
    int shrinkBudget;

    static void requireMutant(Algorithm a, String mutant) {
        if (mutant != null && a.mutants().stream().noneMatch(m -> m.name().equals(mutant))) {
            throw new BadInputException("unknown mutant '" + mutant + "' of " + a.name() + "; accepted: "
                    + String.join(", ", a.mutants().stream().map(Mutant::name).toList()));
        }
    }

    @Mixin
    ProgressOption progressOption;

    @Override
    public Integer call() {
        Flags.range("--tries", tries, 1, Integer.MAX_VALUE);
        Flags.range("--searches", searches, 1, 1000);
        Flags.range("--shrink-budget", shrinkBudget, 0, Integer.MAX_VALUE);
        List<Algorithm> chosen = new ArrayList<>();
        for (String name : algorithms.isEmpty() ? Algorithms.all().stream().map(Algorithm::name).toList() : algorithms) {
            chosen.add(Algorithms.byName(name));
        }
        for (String m : mutants) {
            if (chosen.stream().noneMatch(a -> a.mutants().stream().anyMatch(x -> x.name().equals(m)))) {
                throw new BadInputException("unknown mutant '" + m + "' of " + String.join(", ",
                        chosen.stream().map(Algorithm::name).toList()) + "; accepted: " + String.join(", ",
                        chosen.stream().flatMap(a -> a.mutants().stream()).map(Mutant::name).distinct().toList()));
            }
        }
        NodeRange range = NodeRange.parse(nodes);
        PrintWriter w = spec.commandLine().getOut();
        String format = "%-15s %-22s %-7s %-9s %11s %11s %13s %13s  %s%n";
        w.printf(format, "algorithm", "mutant", "search", "result", "runs (med)", "secs (med)", "faults (med)", "steps (med)",
                "property");
        boolean[] modes = compare ? new boolean[] {false, true} : new boolean[] {guided};
        int total = 0;
        int[] killed = new int[modes.length];
        List<String> rareSurvivors = new ArrayList<>();
        List<String> notSearched = new ArrayList<>();
        long searchCount = (long) searches * modes.length * chosen.stream()
                .mapToLong(a -> a.mutants().stream().filter(this::searched).count()).sum();
        Progress progress = progressOption.bar(searchCount * ((long) tries + shrinkBudget), "runs");
        for (Algorithm a : chosen) {
            for (Mutant m : a.mutants()) {
                if (!mutants.isEmpty() && !mutants.contains(m.name())) {
                    continue;
                }
                if (!searched(m)) {
                    notSearched.add(a.name() + " " + m.name() + ": " + m.rareBecause());
                    continue;
                }
                total++;
                for (int mode = 0; mode < modes.length; mode++) {
                    boolean guidedSearch = modes[mode];
                    int found = 0;
                    double[] runs = new double[searches];
                    double[] secs = new double[searches];
                    double[] faults = new double[searches];
                    double[] steps = new double[searches];
                    String property = "-";
                    for (int k = 0; k < searches; k++) {
                        Explorer.Plan plan = new Explorer.Plan(a, m.name(), range, a.assumptions().admitted(), tries,
                                seedOption.first() + 1_000_003L * k, shrinkBudget);
                        Explorer.Outcome o = guidedSearch
                                ? GuidedExplorer.explore(plan, progress, new Coverage())
                                : Explorer.explore(plan, progress);
                        runs[k] = o.runs();
                        secs[k] = o.failure().map(Explorer.Failure::secondsToFailure).orElse(o.seconds());
                        if (o.failure().isPresent()) {
                            Explorer.Failure f = o.failure().get();
                            found++;
                            faults[k] = f.shrunk().run().schedule().faults().size();
                            steps[k] = f.shrunk().trace().steps().size();
                            property = f.violation().property();
                        } else {
                            faults[k] = Double.NaN;
                            steps[k] = Double.NaN;
                        }
                    }
                    boolean isKilled = found == searches;
                    if (isKilled) {
                        killed[mode]++;
                    } else if (m.rare() && mode == modes.length - 1) {
                        rareSurvivors.add(a.name() + " " + m.name() + ": " + m.rareBecause());
                    }
                    progress.finish();
                    w.printf(format, a.name(), m.name(), guidedSearch ? "guided" : "random",
                            isKilled ? "killed" : found > 0 ? "killed " + found + "/" + searches : "SURVIVED",
                            fmt(median(runs)), String.format("%.2f", median(secs)), fmt(median(faults)), fmt(median(steps)), property);
                    w.flush();
                }
            }
        }
        for (int mode = 0; mode < modes.length; mode++) {
            w.printf("%nmutation score%s: %d/%d killed", modes.length > 1 ? (modes[mode] ? " (guided)" : " (random)") : "",
                    killed[mode], total);
        }
        w.printf("%n");
        if (!notSearched.isEmpty()) {
            // Listed, not silently dropped: a random search of these spends its whole budget and proves nothing new.
            w.printf("not searched, beyond random search (--include-rare searches them):%n");
            notSearched.forEach(line -> w.printf("  %s%n", line));
        }
        if (!rareSurvivors.isEmpty()) {
            // Said so the reader knows a survivor is a known blind spot of random search, not a new one.
            w.printf("known to be rare under random search:%n");
            rareSurvivors.forEach(line -> w.printf("  %s%n", line));
        }
        w.flush();
        int least = Integer.MAX_VALUE;
        for (int k : killed) {
            least = Math.min(least, k);
        }
        int killedAll = least;
        return killedAll == total ? Main.OK : Main.VIOLATION;
    }

    /** Whether this run searches {@code m}: it is chosen, and within random search's reach, asked for, or named. */
    private boolean searched(Mutant m) {
        if (!mutants.isEmpty() && !mutants.contains(m.name())) {
            return false;
        }
        return includeRare || !m.beyondRandomSearch() || mutants.contains(m.name());
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.valueOf(Math.round(v));
    }

    private static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }
}
