package dev.electorate.validate;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of {@code electorate validate zookeeper|etcd}: runs, prints the figures (runs,
 * faults, overlaps seen, failover time median and p99) and writes results.json, a timeline and a
 * history per run. Exit status 0 when fenced safety held in every run, 1 when it did not, 2 on bad usage.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false,
        description = "Validates a real election service under real faults: fenced safety must hold; belief overlaps are reported.")
public final class ValidateCli implements Callable<Integer> {
    private final ElectionService service;
    private final PrintStream out;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "3", description = "Client processes (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--duration", paramLabel = "S", defaultValue = "20", description = "Seconds of faults per run, from the first leader on (default: ${DEFAULT-VALUE}).")
    int duration;

    @Option(names = "--no-progress", description = "No progress line after each run (none is printed when standard error is not a terminal).")
    boolean noProgress;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "1", description = "Runs, each on fresh servers and clients (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--faults", paramLabel = "F", description = "Comma-separated: server-crash, session-expiry, pause, partition, or all "
            + "(default: all; without server-crash with --connect).")
    String faults;

    @Option(names = "--connect", paramLabel = "HOST:PORT,...", description = "Your own servers instead of embedded ones.")
    String connect;

    @Option(names = "--session-timeout", paramLabel = "MS", defaultValue = "2000",
            description = "Session timeout (ZooKeeper) or lease TTL (etcd, rounded up to seconds) (default: ${DEFAULT-VALUE}).")
    int sessionMillis;

    @Option(names = "--recipe", paramLabel = "NAME", description = "What the clients run: latch or selector (zookeeper; default latch), election (etcd).")
    String recipe;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seeds the order of faults; the timing of real servers is not replayable (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--unfenced", description = "The resource accepts every write, as storage without fencing would: "
            + "shows what the faults do without it (expect violations and exit status 1).")
    boolean unfenced;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: electorate-out/validate-<service>).")
    Path outDir;

    private ValidateCli(ElectionService service, PrintStream out) {
        this.service = service;
        this.out = out;
    }

    /** Runs the command line for {@code service}; returns the exit status. */
    public static int execute(ElectionService service, String... args) {
        CommandLine cli = new CommandLine(new ValidateCli(service, System.out)).setCommandName("electorate validate " + service.name());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Bad options, a missing etcd binary, an ensemble that elects nobody: say what to fix.
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                commandLine.getErr().println("electorate validate: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Validation.Settings settings = settings();
        Path dir = outDir != null ? outDir : Path.of("electorate-out", "validate-" + service.name());
        Files.createDirectories(dir);
        out.printf(java.util.Locale.ROOT, "validate %s: %s, %d clients running %s, faults %s, %d run(s) of %d s, session timeout %d ms%s%n", service.name(),
                settings.connect().isEmpty() ? "embedded servers" : "servers " + connect, clients, settings.recipe(),
                names(settings.faults()), runs, duration, sessionMillis, unfenced ? ", UNFENCED resource" : "");
        List<RunResult> results = new ArrayList<>();
        long started = System.nanoTime();
        int violations = 0;
        for (int r = 1; r <= runs; r++) {
            RunResult result = new Validation(service, settings, out).run(r, dir.resolve("run-" + r));
            results.add(result);
            violations += result.violations().size();
            if (!noProgress && System.console() != null && runs > 1) {
                // Runs last --duration seconds each: one progress line per run is the bar here.
                double seconds = (System.nanoTime() - started) / 1e9;
                System.err.printf(java.util.Locale.ROOT, "[%d/%d runs]  %.2f runs/s  ETA %.0fs  violations %d%n",
                        r, runs, r / seconds, seconds / r * (runs - r), violations);
            }
        }
        Figures f = Figures.of(results);
        out.println(f.table());
        boolean safe = results.stream().allMatch(RunResult::safe);
        for (RunResult r : results) {
            for (String v : r.violations()) {
                out.println("VIOLATION in run " + r.run() + ": " + v);
            }
        }
        Files.writeString(dir.resolve("results.json"), f.json(service.name(), settings.recipe(), settings.clients(), safe));
        out.println((safe ? "fenced safety held" : "fenced safety VIOLATED") + "; timelines and histories in " + dir.resolve("run-*"));
        return safe ? 0 : 1;
    }

    private Validation.Settings settings() {
        if (clients < 2) {
            throw new IllegalArgumentException("--clients must be at least 2 (an election needs rivals), got " + clients);
        }
        if (duration < 1 || runs < 1) {
            throw new IllegalArgumentException("--duration and --runs must be at least 1");
        }
        if (sessionMillis < 1000) {
            throw new IllegalArgumentException("--session-timeout must be at least 1000 ms, got " + sessionMillis);
        }
        List<InetSocketAddress> servers = new ArrayList<>();
        if (connect != null) {
            for (String hp : connect.split(",")) {
                int colon = hp.lastIndexOf(':');
                try {
                    servers.add(InetSocketAddress.createUnresolved(hp.substring(0, colon).trim(), Integer.parseInt(hp.substring(colon + 1).trim())));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("--connect: expected host:port[,host:port...], found '" + hp + "'");
                }
            }
        }
        Set<ServiceFault> chosen = faults == null ? EnumSet.allOf(ServiceFault.class) : ServiceFault.parse(faults);
        if (!servers.isEmpty()) {
            if (faults != null && chosen.contains(ServiceFault.SERVER_CRASH)) {
                throw new IllegalArgumentException("--faults server-crash needs the embedded servers: the harness does not kill servers given with --connect");
            }
            chosen.remove(ServiceFault.SERVER_CRASH);
        }
        String r = recipe == null ? service.recipes().get(0) : recipe.toLowerCase(Locale.ROOT);
        if (!service.recipes().contains(r)) {
            throw new IllegalArgumentException("--recipe: " + service.name() + " clients run " + String.join(" or ", service.recipes()) + ", not " + recipe);
        }
        List<InetSocketAddress> resolved = new ArrayList<>();
        for (InetSocketAddress s : servers) {
            resolved.add(new InetSocketAddress(s.getHostString(), s.getPort()));
        }
        return new Validation.Settings(clients, Duration.ofSeconds(duration), chosen, resolved, sessionMillis, r, seed, !unfenced);
    }

    private static String names(Set<ServiceFault> faults) {
        List<String> n = new ArrayList<>();
        faults.forEach(f -> n.add(f.cliName()));
        return String.join(",", n);
    }
}
