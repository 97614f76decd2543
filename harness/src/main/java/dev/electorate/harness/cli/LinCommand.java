package dev.electorate.harness.cli;

import dev.electorate.history.History;
import dev.electorate.history.HistoryFiles;
import dev.electorate.history.HistoryFormatException;
import dev.electorate.lin.Keyed;
import dev.electorate.lin.LinearizabilityChecker;
import dev.electorate.lin.Model;
import dev.electorate.lin.Models;
import dev.electorate.lin.Result;
import dev.electorate.lin.HistoryVerdict;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Option(names = "--jobs", paramLabel = "N",
            description = "Files checked at once (default: the number of cores); output stays in the order of the files.")
    Integer jobs;

    @Option(names = "--no-pages", description = "Skip the page of each history that is not linearizable (the index is still written).")
    boolean noPages;

    @Mixin
    ProgressOption progressOption;

    /** The most files checked at once: beyond any machine this runs on, and a guard against a typo. */
    static final int MAX_JOBS = 256;

    /** What checking one file found, to be printed in the order of the files. */
    private record Checked(History history, Result result, String problem, String status) {
        static Checked failed(String status, String problem) {
            return new Checked(null, null, problem, status);
        }
    }

    @Override
    public Integer call() {
        Model parsed = Models.byName(model);
        Model m = keyed ? new Keyed(parsed) : parsed;
        Duration limit = parseDuration(timeout);
        int threads = (int) Flags.range("--jobs", jobs == null ? Runtime.getRuntime().availableProcessors() : jobs, 1, MAX_JOBS);
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
        // Files are checked on a pool and reported here in their order; only a window of them runs
        // ahead of the report, so a corpus of any size never holds more than a few histories at once.
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "lin-check");
            t.setDaemon(true); // a file that overruns its --timeout must not keep the process alive
            return t;
        });
        Deque<Future<Checked>> window = new ArrayDeque<>();
        int submitted = 0;
        try {
            for (Path file : files) {
                while (submitted < files.size() && window.size() < 2 * threads) {
                    Path next = files.get(submitted++);
                    window.add(pool.submit(() -> check(next, m, limit)));
                }
                Checked c = await(window.poll());
                boolean fileViolated = false;
                String partitions = c.result() != null && keyed ? ", " + c.result().partitions() + " keys" : "";
                if (c.result() == null) {
                    bad |= !c.status().equals("internal error");
                    crashed |= c.status().equals("internal error");
                    err.println("electorate: " + c.problem());
                    entries.add(new LinPage.Entry(file.toString(), c.status(), detail(file, c.problem()), null));
                } else {
                    Result r = c.result();
                    History history = c.history();
                    String excluded = history.excluded() == 0 ? "" : ", " + history.excluded() + " non-client entries excluded";
                    out.println(file + ": " + m.name() + ", " + r.operations() + " operations" + partitions + excluded
                            + ": " + r.verdict().word());
                    String page = null;
                    if (r.verdict() == HistoryVerdict.NOT_LINEARIZABLE) {
                        violated = true;
                        fileViolated = true;
                        r.explanation().lines().forEach(out::println);
                        if (!noPages) {
                            String name = pageName(file, pageNames);
                            try {
                                out.println("  page: " + LinPage.write(this.out, name, file.toString(), history, m, r));
                                page = name + ".html";
                            } catch (RuntimeException | StackOverflowError e) {
                                // The verdict stands and is in the index; only the drawing of it is lost.
                                crashed = true;
                                err.println("electorate: " + file + ": internal error while writing its page: " + e
                                        + "; the verdict above stands; please report it");
                            }
                        }
                    } else if (r.verdict() == HistoryVerdict.UNKNOWN) {
                        unknown = true;
                    }
                    entries.add(new LinPage.Entry(file.toString(), r.verdict().word(), r.operations() + partitions, page));
                }
                progress.step(fileViolated);
                LinPage.writeIndex(this.out, entries); // after every file, so a run stopped half-way keeps its verdicts
                out.flush();
                err.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        if (violated) {
            out.println("report: " + this.out.resolve("lin").resolve(LinPage.INDEX)); // none when nothing to look at
        }
        out.flush();
        err.flush();
        return crashed ? Main.INTERNAL_ERROR : bad ? Main.BAD_INPUT : violated ? Main.VIOLATION : unknown ? UNKNOWN : Main.OK;
    }

    /** Reads and checks one file; what goes wrong with the file is part of what is found, never thrown. */
    private static Checked check(Path file, Model m, Duration limit) {
        try {
            History history = HistoryFiles.read(file);
            return new Checked(history, LinearizabilityChecker.check(history, m, limit), null, null);
        } catch (NoSuchFileException e) {
            return Checked.failed("bad input", file + ": no such file");
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied"
                    : Files.isDirectory(file) ? "it is a folder; name the history files in it"
                    : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
            return Checked.failed("bad input", file + ": cannot read it (" + why + ")");
        } catch (HistoryFormatException e) {
            return Checked.failed("bad input", e.getMessage() + "; fix the file or pick the model that fits it (--model, --keyed)");
        } catch (RuntimeException | StackOverflowError e) {
            // Our failure on one file: said, and the files after it still get their verdicts.
            return Checked.failed("internal error", file + ": internal error while checking it: " + e
                    + "; the other files are checked; please report it");
        }
    }

    /** The index's detail for a file that got no verdict: the problem without the file's name in front. */
    private static String detail(Path file, String problem) {
        String prefix = file + ": ";
        return problem.startsWith(prefix) ? problem.substring(prefix.length()) : problem;
    }

    private static Checked await(Future<Checked> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking histories", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a history check failed outside its own error handling", e.getCause());
        }
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
