package dev.electorate.harness.cli;

import dev.electorate.spec.history.History;
import dev.electorate.spec.history.HistoryFiles;
import dev.electorate.spec.history.HistoryFormatException;
import dev.electorate.spec.lin.Keyed;
import dev.electorate.spec.lin.LinearizabilityChecker;
import dev.electorate.spec.lin.Model;
import dev.electorate.spec.lin.Models;
import dev.electorate.spec.lin.Result;
import dev.electorate.spec.lin.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.report.LinPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code electorate lin FILE...}: checks client histories (Jepsen's EDN or JSON Lines) for
 * linearizability against a sequential model, one verdict line per file.
 */
@Command(name = "lin", mixinStandardHelpOptions = true,
        description = {"Checks histories (Jepsen EDN or JSON Lines) for linearizability against a model.",
            "Exit status: 0 all linearizable, 1 any not, 2 bad input, 3 any unknown (time ran out)."})
public final class LinCommand implements Callable<Integer> {

    /** Exit status: the search ran out of time on some file. */
    public static final int UNKNOWN = 3;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "History files: *.edn, *.jsonl or *.json; other names by content.")
    List<Path> files;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "mutex, fenced-lease, register or cas-register.")
    String model;

    @Option(names = "--timeout", defaultValue = "60s", paramLabel = "DURATION",
            description = "Per file, e.g. 500ms, 10s, 2m (default: ${DEFAULT-VALUE}); past it the verdict is unknown.")
    String timeout;

    @Option(names = "--keyed", description = "Values are [key value] pairs; each key is an independent object.")
    boolean keyed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "electorate-out",
            description = "Output folder: lin/index.html, and lin/<file>.html for each history that is not linearizable"
                    + " (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ProgressOption progressOption;

    @Override
    public Integer call() {
        Model m = Models.byName(model);
        if (keyed) {
            m = new Keyed(m);
        }
        Duration limit = parseDuration(timeout);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean bad = false;
        boolean violated = false;
        boolean unknown = false;
        List<LinPage.Entry> entries = new ArrayList<>();
        Set<String> pageNames = new HashSet<>();
        Progress progress = progressOption.bar(files.size(), "files");
        for (Path file : files) {
            boolean fileViolated = false;
            try {
                History history = HistoryFiles.read(file);
                Result r = LinearizabilityChecker.check(history, m, limit);
                String excluded = history.excluded() == 0 ? "" : ", " + history.excluded() + " non-client entries excluded";
                String partitions = keyed ? ", " + r.partitions() + " keys" : "";
                out.println(file + ": " + m.name() + ", " + r.operations() + " operations" + partitions + excluded
                        + ": " + r.verdict().word());
                String page = null;
                if (r.verdict() == Verdict.NOT_LINEARIZABLE) {
                    violated = true;
                    fileViolated = true;
                    r.explanation().lines().forEach(out::println);
                    page = pageName(file, pageNames) + ".html";
                    out.println("  page: " + LinPage.write(this.out, page.substring(0, page.length() - 5), file.toString(),
                            history, m, r));
                } else if (r.verdict() == Verdict.UNKNOWN) {
                    unknown = true;
                }
                entries.add(new LinPage.Entry(file.toString(), r.verdict().word(), r.operations() + partitions, page));
            } catch (NoSuchFileException e) {
                bad = true;
                err.println("electorate: " + file + ": no such file");
                entries.add(new LinPage.Entry(file.toString(), "bad input", "no such file", null));
            } catch (IOException e) {
                bad = true;
                err.println("electorate: " + file + ": cannot read it (" + e.getMessage() + ")");
                entries.add(new LinPage.Entry(file.toString(), "bad input", "cannot read it", null));
            } catch (HistoryFormatException e) {
                bad = true;
                err.println("electorate: " + e.getMessage() + "; fix the file or pick the model that fits it (--model, --keyed)");
                entries.add(new LinPage.Entry(file.toString(), "bad input", e.getMessage(), null));
            }
            progress.step(fileViolated);
            out.flush();
        }
        progress.finish();
        if (!entries.isEmpty()) {
            Path index = LinPage.writeIndex(this.out, entries);
            if (violated) {
                out.println("report: " + index); // the verdict lines alone when there is nothing to look at
            }
        }
        out.flush();
        err.flush();
        return bad ? Main.BAD_INPUT : violated ? Main.VIOLATION : unknown ? UNKNOWN : Main.OK;
    }

    /** A page name from the file's name, made unique among the pages of this run. */
    private static String pageName(Path file, Set<String> taken) {
        String base = String.valueOf(file.getFileName()).replaceAll("[^A-Za-z0-9._-]", "_");
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /** {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, or plain seconds. */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            }
            if (t.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60);
            }
            if (t.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--timeout '" + text + "' is not a duration; write it like 500ms, 10s or 2m");
        }
    }
}
