package dev.electorate.harness.report;

import dev.electorate.harness.io.OutputFolder;
import dev.electorate.harness.check.CellResult;
import dev.electorate.harness.check.Checker;
import dev.electorate.harness.check.Counterexample;
import dev.electorate.harness.io.TraceCodec;
import dev.electorate.spec.Trace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an output folder's {@code index.html}, replacing it whole each time so a reader never
 * sees half a page; counterexample timelines already drawn are kept and not drawn again.
 */
public final class Report {
    /** The page's file name in the output folder. */
    public static final String FILE = "index.html";

    private final Path out;
    private final Map<String, Html> drawn = new HashMap<>();

    public Report(Path out) {
        this.out = out;
    }

    /** The page of a {@code check} so far: what was asked, the verdict matrix and a timeline per counterexample. */
    public Path writeCheck(Checker.Plan plan, List<CellResult> cells) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("seed", Long.toString(plan.seed()));
        facts.put("runs per cell", Integer.toString(plan.runs()));
        facts.put("nodes", plan.nodes().toString());
        if (plan.mutant() != null) {
            facts.put("mutant", plan.mutant());
        }
        if (plan.drift().bounded()) {
            facts.put("max drift", plan.drift().describe());
        }
        facts.put("cells", cells.size() + " of " + plan.algorithms().size() * plan.faults().size());
        return writeCheck("Electorate check", facts, cells);
    }

    /** The page of a {@code check}: the verdict matrix and a timeline per counterexample. */
    public Path writeCheck(String title, Map<String, String> facts, List<CellResult> cells) {
        List<Html> sections = new ArrayList<>();
        for (CellResult cell : cells) {
            Counterexample c = cell.counterexample();
            if (c != null) {
                sections.add(drawn.computeIfAbsent(c.traceFile(), file -> CounterexampleView.render(
                        IndexPage.anchor(cell.algorithm(), cell.faultClass()), heading(cell, c), c,
                        TraceCodec.read(Path.of(file)), out)));
            }
        }
        return write(IndexPage.render(title, facts, cells, sections, "No run broke a property."));
    }

    /** The page of an {@code explore}: what was searched and the shrunk counterexample, if one was found. */
    public Path writeExplore(String title, Map<String, String> facts, Counterexample c, Trace trace) {
        List<Html> sections = new ArrayList<>();
        if (c != null) {
            sections.add(CounterexampleView.render(IndexPage.anchor(c.run().algorithm().name(), c.run().faultClassName()),
                    c.run().algorithm().name() + (c.run().mutant() != null ? " mutant " + c.run().mutant() : "") + " under "
                            + c.run().faultClassName() + " (shrunk)", c, trace, out));
        }
        return write(IndexPage.render(title, facts, List.of(), sections, "No run broke a property."));
    }

    private static String heading(CellResult cell, Counterexample c) {
        return cell.algorithm() + (c.run().mutant() != null ? " mutant " + c.run().mutant() : "") + " under "
                + cell.faultClass() + ": " + cell.verdict().label();
    }

    private Path write(String page) {
        return OutputFolder.write(out.resolve(FILE), page);
    }
}
