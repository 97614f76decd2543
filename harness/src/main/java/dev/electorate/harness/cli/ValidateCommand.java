package dev.electorate.harness.cli;

import dev.electorate.harness.report.ValidationPage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code electorate validate zookeeper|etcd [OPTIONS]}: runs the service's validator, a jar of its own
 * (Curator and jetcd bring clashing Netty versions, so neither is on this CLI's class path), as a child
 * process with this terminal, and returns its exit status.
 */
@Command(name = "validate",
        description = {"Validates a real election service under real faults: server crash,",
            "session expiry, client pause (SIGSTOP), partition (a TCP proxy).",
            "zookeeper: Curator's LeaderLatch or LeaderSelector on 3 servers;",
            "etcd: the election API through jetcd. Options after SERVICE go to",
            "its validator ('electorate validate etcd --help' lists them): --clients N,",
            "--duration S, --runs R, --faults F, --connect host:port,...,",
            "--session-timeout MS, --recipe NAME, --seed N, --out DIR.",
            "See docs/services.md. Exit status: 0 fenced safety held, 1 it did not,",
            "2 bad usage."})
public final class ValidateCommand implements Callable<Integer> {

    /** The services there is a validator for. */
    static final List<String> SERVICES = List.of("zookeeper", "etcd");

    @Spec
    CommandSpec spec;

    // Optional so that 'validate --help' reaches call() and prints this command's help.
    @Parameters(index = "0", arity = "0..1", paramLabel = "SERVICE", description = "zookeeper or etcd.")
    String service;

    @Unmatched
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (service == null || service.equals("--help") || service.equals("-h")) {
            if (service != null || options.contains("--help") || options.contains("-h")) {
                spec.commandLine().usage(spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
                return Main.OK;
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "name the service to validate: "
                    + String.join(" or ", SERVICES) + " (electorate validate --help)");
        }
        String name = service.toLowerCase(Locale.ROOT);
        if (!SERVICES.contains(name)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown service '" + service + "'; validate " + String.join(" or ", SERVICES));
        }
        Path jar = jar(name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("the " + name + " validator is not built: " + jar + " is missing; run 'mvn -B -DskipTests package' in " + home());
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseParallelGC", "-jar", jar.toString()));
        cmd.addAll(options);
        Process child = new ProcessBuilder(cmd).inheritIO().start();
        // If this CLI is stopped, its child goes too (the child's own hook then stops its servers and clients).
        Thread reaper = new Thread(child::destroy, "validate-child-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            int status = child.waitFor();
            Path out = outDir(name);
            if (status != 2 && Files.isRegularFile(out.resolve("results.json"))) {
                System.out.println("report: " + ValidationPage.write(out));
            }
            return status;
        } finally {
            child.destroyForcibly();
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /** Where the validator writes: its {@code --out} (either spelling), else its default folder. */
    Path outDir(String name) {
        for (int i = 0; i < options.size(); i++) {
            String o = options.get(i);
            if (o.equals("--out") && i + 1 < options.size()) {
                return Path.of(options.get(i + 1));
            }
            if (o.startsWith("--out=")) {
                return Path.of(o.substring("--out=".length()));
            }
        }
        return Path.of("electorate-out", "validate-" + name);
    }

    /** The validator jar of {@code service}: {@code validate-<service>/target/electorate-validate-<service>.jar} under the project. */
    static Path jar(String service) {
        return home().resolve("validate-" + service).resolve("target").resolve("electorate-validate-" + service + ".jar");
    }

    // The project's root: the electorate.home property, else two folders above harness/target/ where this class is.
    static Path home() {
        String set = System.getProperty("electorate.home");
        if (set != null && !set.isEmpty()) {
            return Path.of(set);
        }
        try {
            Path here = Path.of(ValidateCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return here.getParent().getParent().getParent().toAbsolutePath();
        } catch (URISyntaxException | NullPointerException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
