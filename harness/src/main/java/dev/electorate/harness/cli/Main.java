package dev.electorate.harness.cli;

import dev.electorate.harness.adapter.NodeProtocolException;
import dev.electorate.harness.io.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code electorate} command line: one subcommand per verb of DESIGN.md. */
@Command(name = "electorate", mixinStandardHelpOptions = true, version = "electorate 0.1.0",
        description = "Checks leader-election algorithms against their properties under injected faults.",
        subcommands = {CheckCommand.class, ReplayCommand.class, ExploreCommand.class, MutantsCommand.class,
            BenchCommand.class, TlcCommand.class, LinCommand.class, CompareCommand.class, ValidateCommand.class})
public final class Main implements Runnable {

    /** Exit status: every verdict as expected. */
    public static final int OK = 0;
    /** Exit status: an unexpected violation (a bug). */
    public static final int VIOLATION = 1;
    /** Exit status: bad usage or input. */
    public static final int BAD_INPUT = 2;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command: check, replay, explore, mutants, bench, tlc, lin, compare or validate");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status (for tests, without exiting). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("electorate: " + e.getMessage());
                return BAD_INPUT;
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof NodeProtocolException broken) {
                    // A node that cannot speak the protocol is bad input: no verdict can be given
                    // about it. Cells finished before it broke are already in results.json.
                    commandLine.getErr().println("electorate: broken node: " + broken.getMessage());
                    return BAD_INPUT;
                }
            }
            throw e;
        });
        return cli.execute(args);
    }
}
