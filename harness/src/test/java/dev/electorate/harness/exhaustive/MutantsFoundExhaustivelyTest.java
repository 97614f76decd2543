package dev.electorate.harness.exhaustive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Mutant;
import dev.electorate.tla.Model;
import dev.electorate.tla.Models;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every Java mutant explored exhaustively within its own TLC model's bounds (the unmutated
 * default model where it has none): found, with its shortest path, or not, with the reason, which
 * is read from the manifest and the exploration rather than written here. The unmutated nodes of
 * every algorithm report nothing within their default model, nor within any mutant's model where a
 * mutant counts as found. The table in docs/exploration.md is this test's: it fails when the table
 * there differs in anything but the seconds, and {@code -Delectorate.exhaustive.update=true} writes it.
 * The default suite explores at most {@link #BUDGET} states a run; {@code -Delectorate.long=true}
 * raises that to {@link #LONG_BUDGET} and checks the same verdicts without comparing the table.
 */
class MutantsFoundExhaustivelyTest {

    private static final long BUDGET = 400_000;
    private static final long LONG_BUDGET = 5_000_000;
    /**
     * The properties the explorer decides (the state properties in every state, Termination at quiescent
     * states and fair loops): a mutant that breaks another one is out of its reach.
     */
    private static final Set<String> DECIDED = Set.of("Uniqueness", "Agreement", "Validity", "Termination");
    private static final String BEGIN = "<!-- mutants table: MutantsFoundExhaustivelyTest writes it -->";
    private static final String END = "<!-- end of mutants table -->";

    private static boolean longRun() {
        return Boolean.getBoolean("electorate.long");
    }

    private final Map<String, ExhaustiveExplorer.Result> unmutated = new HashMap<>();

    private ExhaustiveExplorer.Result explore(Algorithm a, String mutant, ModelBounds bounds) {
        return ExhaustiveExplorer.explore(new ExhaustiveExplorer.Plan(a, mutant, bounds,
                longRun() ? LONG_BUDGET : BUDGET, 1_000));
    }

    /** The unmutated nodes within {@code bounds}, explored once per model. */
    private ExhaustiveExplorer.Result clean(Algorithm a, ModelBounds bounds) {
        return unmutated.computeIfAbsent(a.name() + " " + bounds.config(), k -> explore(a, null, bounds));
    }

    private record Row(String algorithm, String mutant, String model, String found, String property, String path,
                       String states, double cpuSeconds, String reason) {

        String line(boolean seconds) {
            return "| " + String.join(" | ", algorithm, mutant, model, found, property, path, states,
                    seconds ? String.format(Locale.ROOT, "%.2f", cpuSeconds) : "", reason) + " |";
        }
    }

    @Test
    void everyMutantWhoseBugFitsTheBoundsIsFoundAndTheUnmutatedNodesReportNothing() throws Exception {
        List<Row> rows = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Algorithm a : Algorithms.all()) {
            ModelBounds home = ModelBounds.choose(a.name(), 3, null, null);
            ExhaustiveExplorer.Result base = clean(a, home);
            if (base.violation().isPresent() && !base.clockRead()) {
                wrong.add(a.name() + " unmutated breaks " + base.violation().get().violation() + " within "
                        + home.config());
            }
            for (Mutant m : a.mutants()) {
                rows.add(row(a, m.name(), wrong));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        if (longRun()) {
            return; // the table is the default budget's
        }
        StringBuilder table = new StringBuilder();
        table.append("| algorithm | mutant | model | found | property | path | states | CPU s | why not |\n");
        table.append("|---|---|---|---|---|---:|---:|---:|---|\n");
        for (Row r : rows) {
            table.append(r.line(true)).append('\n');
        }
        Path doc = Path.of("..", "docs", "exploration.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/exploration.md lacks the markers " + BEGIN + " and " + END);
        String current = text.substring(begin + BEGIN.length(), end).strip();
        if (Boolean.getBoolean("electorate.exhaustive.update")) {
            Files.writeString(doc, text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(withoutSeconds(table.toString().strip()), withoutSeconds(current),
                "docs/exploration.md's mutants table is not what exploration gives now;"
                        + " -Delectorate.exhaustive.update=true rewrites it");
    }

    /** A row found or not, with what decides it; records in {@code wrong} a mutant whose verdict is not the expected one. */
    private Row row(Algorithm a, String mutant, List<String> wrong) {
        ModelBounds bounds = ModelBounds.choose(a.name(), 3, mutant, null);
        Model model = Models.all().stream().filter(m -> m.config().equals(bounds.config())).findFirst().orElseThrow();
        boolean own = mutant.equals(bounds.constants().get("Mutant"));
        ExhaustiveExplorer.Result r = explore(a, mutant, bounds);
        String states = String.format(Locale.ROOT, "%,d", r.states()) + (r.complete() ? " (all)" : "");
        if (r.violation().isPresent()) {
            ExhaustiveExplorer.Found f = r.violation().get();
            ExhaustiveExplorer.Result base = clean(a, bounds);
            if (base.violation().isPresent()) {
                // The unmutated nodes break the same bounds: the path tells nothing of the mutant.
                return new Row(a.name(), mutant, bounds.config(), "no", "", "", states, r.cpuSeconds(),
                        "the unmutated nodes break " + base.violation().get().violation().property()
                                + " within these bounds too" + (base.clockRead()
                                ? ": they read the clock, which stands still here" : ""));
            }
            return new Row(a.name(), mutant, bounds.config(), "yes", f.violation().property(),
                    String.valueOf(f.path().size()), states, r.cpuSeconds(), "");
        }
        String reason;
        if (!own) {
            reason = "no model of its own in the manifest; nothing " + (r.complete() ? "within the default model's bounds"
                    : "in the default model's states the budget allows");
        } else if (!DECIDED.contains(model.expect().name())) {
            reason = "TLC's model breaks " + model.expect().name() + ", which the explorer does not decide"
                    + " (it checks " + String.join(", ", DECIDED.stream().sorted().toList()) + ")";
        } else if (!r.complete()) {
            reason = "cut by the budget before a violation";
        } else {
            reason = "breaks " + model.expect().name() + " in TLC's model, nothing in the Java nodes' states";
        }
        // A liveness mutant whose states pass the budget may still lie beyond it; a complete exploration may not.
        boolean decidable = r.complete() || !"Termination".equals(model.expect().name());
        if (own && DECIDED.contains(model.expect().name()) && !r.clockRead() && decidable) {
            wrong.add(a.name() + " " + mutant + ": TLC's model " + bounds.config() + " breaks " + model.expect().name()
                    + ", the Java mutant within the same bounds breaks nothing (" + states + " states)");
        }
        return new Row(a.name(), mutant, bounds.config(), "no", "", "", states, r.cpuSeconds(), reason);
    }

    /** The table with its CPU-seconds column blanked: the one figure that varies from run to run. */
    private static String withoutSeconds(String table) {
        StringBuilder out = new StringBuilder();
        for (String line : table.split("\n")) {
            String[] cells = line.split("\\|", -1);
            if (cells.length > 8 && !line.startsWith("|---") && !line.startsWith("| algorithm")) {
                cells[8] = " ";
            }
            out.append(String.join("|", cells)).append('\n');
        }
        return out.toString();
    }

    @Test
    void theTableDropsOnlyTheSeconds() {
        String row = "| bully | no-answer | MCBully3_NoAnswer | yes | Uniqueness | 16 | 649 | 0.08 |  |";
        String other = "| bully | no-answer | MCBully3_NoAnswer | yes | Uniqueness | 16 | 649 | 1.50 |  |";
        assertEquals(withoutSeconds(row), withoutSeconds(other));
        if (withoutSeconds(row).equals(withoutSeconds(row.replace("| 16 |", "| 17 |")))) {
            fail("a changed path length must show");
        }
    }
}
