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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.io.OutputFolder;
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
        OutputFolder.prepare(this.out, "--out");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean bad = false;
        boolean violated = false;
        boolean unknown = false;
        boolean crashed = false;
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
                String why = e instanceof AccessDeniedException ? "permission denied"
                        : Files.isDirectory(file) ? "it is a folder; name the history files in it"
                        : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
                err.println("electorate: " + file + ": cannot read it (" + why + ")");
                entries.add(new LinPage.Entry(file.toString(), "bad input", "cannot read it (" + why + ")", null));
            } catch (HistoryFormatException e) {
                bad = true;
                err.println("electorate: " + e.getMessage() + "; fix the file or pick the model that fits it (--model, --keyed)");
                entries.add(new LinPage.Entry(file.toString(), "bad input", e.getMessage(), null));
            } catch (RuntimeException | StackOverflowError e) {
                // Our failure on one file: said, and the files after it still get their verdicts.
                crashed = true;
                err.println("electorate: " + file + ": internal error while checking it: " + e
                        + "; the other files are checked; please report it");
                entries.add(new LinPage.Entry(file.toString(), "internal error", String.valueOf(e), null));
            }
            progress.step(fileViolated);
            LinPage.writeIndex(this.out, entries); // after every file, so a run stopped half-way keeps its verdicts
            out.flush();
        }
        progress.finish();
        if (violated) {
            out.println("report: " + this.out.resolve("lin").resolve(LinPage.INDEX)); // none when nothing to look at
        }
        out.flush();
        err.flush();
        return crashed ? Main.INTERNAL_ERROR : bad ? Main.BAD_INPUT : violated ? Main.VIOLATION : unknown ? UNKNOWN : Main.OK;
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

    /** The longest --timeout: a week (longer is surely a typo, and would overflow the clock's nanoseconds). */
    static final Duration MAX_TIMEOUT = Duration.ofDays(7);

    /** {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, or plain seconds; 0 to a week. */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        String fix = "; write it like 500ms, 10s, 2m or 1h, from 0 (give up at once) to " + MAX_TIMEOUT.toDays() + " days";
        BigDecimal millis;
        try {
            if (t.endsWith("ms")) {
                millis = new BigDecimal(t.substring(0, t.length() - 2));
            } else if (t.endsWith("s")) {
                millis = new BigDecimal(t.substring(0, t.length() - 1)).multiply(BigDecimal.valueOf(1000));
            } else if (t.endsWith("m")) {
                millis = new BigDecimal(t.substring(0, t.length() - 1)).multiply(BigDecimal.valueOf(60_000));
            } else if (t.endsWith("h")) {
                millis = new BigDecimal(t.substring(0, t.length() - 1)).multiply(BigDecimal.valueOf(3_600_000));
            } else {
                millis = new BigDecimal(t).multiply(BigDecimal.valueOf(1000));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--timeout '" + text + "' is not a duration" + fix);
        }
        // Exact arithmetic, so that no size of number overflows before it is compared with the bounds.
        if (millis.signum() < 0 || millis.compareTo(BigDecimal.valueOf(MAX_TIMEOUT.toMillis())) > 0) {
            throw new IllegalArgumentException("--timeout '" + text + "' is out of range" + fix);
        }
        return Duration.ofMillis(millis.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
