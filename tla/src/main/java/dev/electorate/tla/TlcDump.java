package dev.electorate.tla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every distinct state TLC reaches in a model, through its {@code -dump} option: the model's
 * configuration is rewritten without its invariants and properties (only the reachable states are
 * wanted, and a temporal property would cost most of the run) and with chosen constants replaced,
 * and the dumped states are read one at a time, each as its variables' values as TLC printed them.
 */
public final class TlcDump {

    private static final Set<String> CHECKS = Set.of("INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES",
            "CHECK_DEADLOCK", "SYMMETRY", "ALIAS", "POSTCONDITION");
    private static final Set<String> SECTIONS = Set.of("CONSTANT", "CONSTANTS", "SPECIFICATION", "INIT", "NEXT",
            "VIEW", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS");

    /** How a dump run ended: TLC's verdict (passed when every state was dumped) and the dump file. */
    public record Run(TlcResult result, Path file) {}

    private TlcDump() {}

    /**
     * Runs TLC on {@code module} with {@code config}.cfg (both in {@code workDir}, as
     * {@link TlaLibrary#extractTo} leaves them), the constants in {@code overrides} replaced, and
     * dumps every distinct state into {@code workDir}/{@code name}-states.dump; a dump that a
     * finished run of the same name left there is read again instead (the states of one model and
     * constants do not change).
     */
    public static Run run(Path workDir, String module, String config, String name, Map<String, String> overrides,
                          Tlc tlc) {
        try {
            Path file = workDir.resolve(name + "-states.dump");
            Path done = workDir.resolve(name + "-states.done");
            String cfg = rewrite(Files.readString(workDir.resolve(config + ".cfg"), StandardCharsets.UTF_8),
                    overrides);
            if (Files.isRegularFile(done) && Files.readString(done, StandardCharsets.UTF_8).equals(cfg)
                    && Files.isRegularFile(file)) {
                return new Run(new TlcResult.Passed(TlcResult.Stats.NONE), file);
            }
            Files.deleteIfExists(done);
            Files.deleteIfExists(file);
            Files.writeString(workDir.resolve(name + ".cfg"), cfg, StandardCharsets.UTF_8);
            // TLC appends ".dump" to the name it is given.
            // -deadlock: a state without successor is one more state here, not an error.
            TlcResult result = tlc.arguments("-deadlock", "-dump",
                    workDir.resolve(name + "-states").toAbsolutePath().toString()).check(module, name);
            if (result instanceof TlcResult.Passed) {
                Files.writeString(done, cfg, StandardCharsets.UTF_8);
            }
            return new Run(result, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump configuration of " + config + " in " + workDir, e);
        }
    }

    /**
     * {@code cfg} without its checks (invariants, properties, deadlock and symmetry: symmetry would
     * leave out states), each constant of {@code overrides} given its new value.
     */
    static String rewrite(String cfg, Map<String, String> overrides) {
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        boolean constants = false;
        for (String line : cfg.split("\n", -1)) {
            String code = line.replaceAll("\\\\\\*.*$", "").strip();
            String first = code.isEmpty() ? "" : code.split("\\s+")[0];
            if (CHECKS.contains(first)) {
                skipping = true;
                continue;
            }
            if (SECTIONS.contains(first)) {
                skipping = false;
                constants = first.startsWith("CONSTANT");
            }
            if (skipping) {
                continue;
            }
            if (constants) {
                String body = first.startsWith("CONSTANT") ? code.substring(first.length()).strip() : code;
                int eq = body.indexOf('=');
                if (eq > 0 && !body.contains("<-") && overrides.containsKey(body.substring(0, eq).strip())) {
                    String key = body.substring(0, eq).strip();
                    out.append(first.startsWith("CONSTANT") ? first + "\n" : "")
                            .append("    ").append(key).append(" = ").append(overrides.get(key)).append('\n');
                    continue;
                }
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads a dump file, handing each state to {@code each} as variable name to value (as TLC printed
     * it, possibly over several lines); returns the number of states.
     */
    public static long read(Path file, Consumer<Map<String, String>> each) {
        long count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, String> vars = null;
            String name = null;
            StringBuilder value = new StringBuilder();
            for (String line = in.readLine(); ; line = in.readLine()) {
                boolean end = line == null || line.startsWith("State ") || line.startsWith("/\\ ");
                if (end && name != null) {
                    vars.put(name, value.toString().strip());
                    name = null;
                }
                if (line == null || line.startsWith("State ")) {
                    if (vars != null && !vars.isEmpty()) {
                        each.accept(vars);
                        count++;
                    }
                    if (line == null) {
                        return count;
                    }
                    vars = new LinkedHashMap<>();
                } else if (line.startsWith("/\\ ")) {
                    int eq = line.indexOf(" = ");
                    name = line.substring(3, eq).strip();
                    value.setLength(0);
                    value.append(line.substring(eq + 3));
                } else if (name != null) {
                    value.append(' ').append(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read TLC's state dump " + file, e);
        }
    }
}
