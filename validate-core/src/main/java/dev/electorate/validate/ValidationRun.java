package dev.electorate.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One {@code validate} run into a fresh folder, started from code (a test, a user's own CI): its exit
 * status and its results read back.
 */
public record ValidationRun(int status, ValidationResults results) {

    /**
     * Runs {@code validate} of {@code service} with {@code args} into {@code out}, emptied first so no
     * earlier run's files are read back; {@code results} is null when the run wrote none (bad usage).
     */
    public static ValidationRun into(Path out, ElectionService service, String... args) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        int status = ValidateCli.execute(service, all.toArray(String[]::new));
        return new ValidationRun(status, Files.exists(out.resolve("results.json")) ? ValidationResults.read(out) : null);
    }

    /**
     * This JVM's child processes still alive, each as "pid command line": a validation must leave none
     * (clients and servers are reaped even when a run fails).
     */
    public static List<String> leftoverProcesses() {
        return ProcessHandle.current().descendants().map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList();
    }
}
