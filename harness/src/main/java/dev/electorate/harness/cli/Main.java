package dev.electorate.harness.cli;

import dev.electorate.harness.adapter.NodeProtocolException;
import dev.electorate.harness.adapter.ProcessPool;
import dev.electorate.harness.adapter.UserCodeException;
import dev.electorate.harness.io.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** The {@code electorate} command line: one subcommand per verb of DESIGN.md. */
@Command(name = "electorate", mixinStandardHelpOptions = true, version = "electorate 0.1.0",
        description = "Checks leader-election algorithms against their properties under injected faults.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every verdict as expected", "1:an unexpected violation (a bug in what was checked)",
            "2:bad usage or input (the message says what to fix)",
            "3:undecided: lin ran out of time, or check's runs reached the step cap (inconclusive)",
            "70:an internal error of electorate (the stack trace is in OUT/internal-error.txt)"})
public final class Main implements Runnable {

    /**
     * The verbs, in the order help lists them. They are registered by {@link #execute(CommandLine, String...)}
     * rather than by the annotation: picocli reads every option of every verb it is given, and a process that
     * runs one verb (a {@code lin} over a folder of histories, say) should not pay for all nine.
     */
    private static final Map<String, Class<?>> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("check", CheckCommand.class);
        VERBS.put("replay", ReplayCommand.class);
        VERBS.put("explore", ExploreCommand.class);
        VERBS.put("mutants", MutantsCommand.class);
        VERBS.put("bench", BenchCommand.class);
        VERBS.put("tlc", TlcCommand.class);
        VERBS.put("lin", LinCommand.class);
        VERBS.put("compare", CompareCommand.class);
        VERBS.put("validate", ValidateCommand.class);
    }

    /** Exit status: every verdict as expected. */
    public static final int OK = 0;
    /** Exit status: an unexpected violation (a bug). */
    public static final int VIOLATION = 1;
    /** Exit status: bad usage or input. */
    public static final int BAD_INPUT = 2;
    /** Exit status: no violation, but no verdict either (lin: time ran out; check: runs cut by the step cap). */
    public static final int UNDECIDED = 3;
    /**
     * Exit status: electorate itself failed (sysexits.h's EX_SOFTWARE), never to be read as a verdict: a CI
     * must tell a crash from a finding (1) and from its own mistake (2).
     */
    public static final int INTERNAL_ERROR = 70;
    /** Where an internal error's stack trace goes, in the command's output folder. */
    public static final String CRASH_FILE = "internal-error.txt";

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command: check, replay, explore, mutants, bench, tlc, lin, compare or validate");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status (for tests, without exiting). */
    public static int execute(String... args) {
        return execute(new CommandLine(new Main()), args);
    }

    /** Runs {@code cli} (the command line of a {@link Main}, perhaps changed by a test) and returns its exit status. */
    static int execute(CommandLine cli, String... args) {
        addVerbs(cli, args);
        cli.getCommandSpec().exitCodeOnExecutionException(INTERNAL_ERROR);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Integer status = badInput(e, commandLine.getErr());
            return status != null ? status : internalError(e, cli);
        });
        try {
            return cli.execute(args);
        } catch (Throwable t) { // an Error (a stack overflow, the heap exhausted) escapes picocli's handler
            Integer status = badInput(t, cli.getErr());
            return status != null ? status : internalError(t, cli);
        } finally {
            ProcessPool.closeAll(); // node processes kept between runs do not outlive the command
        }
    }

    /**
     * Gives {@code cli} the verb {@code args} names, none for the version, or every verb when they name none
     * (help, a typo, no verb): the verb is the first argument, since {@code electorate} itself has no options
     * but help and version.
     * Before the handlers are set, which picocli hands only to the subcommands already there.
     */
    private static void addVerbs(CommandLine cli, String... args) {
        if (!cli.getSubcommands().isEmpty()) {
            return;
        }
        Class<?> named = args.length > 0 ? VERBS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], named);
        } else if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return; // the version needs no verb
        } else {
            VERBS.forEach(cli::addSubcommand);
        }
        // Where the caller sent the output (a test, say), the verbs print too.
        cli.setOut(cli.getOut());
        cli.setErr(cli.getErr());
    }

    /** The status of a failure that is the user's to fix, with its message printed; null if it is ours. */
    private static Integer badInput(Throwable e, PrintWriter err) {
        if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
            err.println("electorate: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NodeProtocolException broken) {
                // A node that cannot speak the protocol is bad input: no verdict can be given
                // about it. Cells finished before it broke are already in results.json.
                err.println("electorate: broken node: " + broken.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            if (t instanceof UserCodeException failed) {
                // The user's class failed, not electorate: no verdict about it, and finished cells are kept.
                err.println("electorate: your node failed: " + failed.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            if (t instanceof BadInputException bad) {
                err.println("electorate: " + bad.getMessage());
                err.flush();
                return BAD_INPUT;
            }
        }
        return null;
    }

    /** Says in one line that electorate failed, and leaves the stack trace in the output folder. */
    private static int internalError(Throwable e, CommandLine cli) {
        StringWriter trace = new StringWriter();
        PrintWriter tw = new PrintWriter(trace);
        tw.println("electorate 0.1.0, " + Instant.now() + ", Java " + System.getProperty("java.version"));
        e.printStackTrace(tw);
        tw.flush();
        Path file = crashFile(outputFolder(cli.getParseResult()), trace.toString());
        PrintWriter err = cli.getErr();
        err.println();
        err.println("electorate: internal error (a bug in electorate, not a verdict): " + oneLine(e)
                + (file != null ? "; the stack trace is in " + file : "") + "; please report it");
        if (file == null) {
            err.print(trace);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    private static String oneLine(Throwable e) {
        String text = e.toString();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " ...";
    }

    /** The --out folder of the verb that ran, or the default one for verbs without it. */
    static Path outputFolder(ParseResult parsed) {
        ParseResult leaf = parsed;
        while (leaf != null && leaf.subcommand() != null) {
            leaf = leaf.subcommand();
        }
        if (leaf != null) {
            CommandSpec spec = leaf.commandSpec();
            OptionSpec out = spec.findOption("--out");
            if (out != null && out.getValue() != null) {
                return Path.of(out.getValue().toString());
            }
        }
        return Path.of("electorate-out");
    }

    /** Writes the trace into {@code folder}, else into the temporary folder; null if neither takes it. */
    private static Path crashFile(Path folder, String trace) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(CRASH_FILE);
            Files.writeString(file, trace, StandardCharsets.UTF_8);
            return file;
        } catch (IOException | RuntimeException notThere) {
            try {
                Path file = Files.createTempFile("electorate-internal-error-", ".txt");
                Files.writeString(file, trace, StandardCharsets.UTF_8);
                return file;
            } catch (IOException | RuntimeException neither) {
                return null;
            }
        }
    }
}
