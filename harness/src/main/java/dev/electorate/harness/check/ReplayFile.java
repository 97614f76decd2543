package dev.electorate.harness.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.exhaustive.Move;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.io.OutputFolder;
import dev.electorate.harness.io.Json;
import dev.electorate.harness.sim.RunNames;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.property.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A counterexample on disk: the run spec that reproduces it, the violation it showed, and the
 * SHA-256 of its trace so that a replay can confirm it is byte-identical.
 */
public record ReplayFile(RunSpec run, Violation violation, String traceSha256, String command,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<Move> moves,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String model) {

    /** A simulator run's replay file: the run spec alone determines the trace. */
    public ReplayFile(RunSpec run, Violation violation, String traceSha256, String command) {
        this(run, violation, traceSha256, command, null, null);
    }

    /** An exhaustive path's replay file, without the model whose bounds it was found within. */
    public ReplayFile(RunSpec run, Violation violation, String traceSha256, String command, List<Move> moves) {
        this(run, violation, traceSha256, command, moves, null);
    }

    public static void write(Path file, ReplayFile replay) {
        OutputFolder.writeJson(file, replay);
    }

    /**
     * Reads a replay file, finding its algorithm by name with {@code algorithms} (which throws
     * {@link IllegalArgumentException}, listing the accepted names, for one it does not know); a missing,
     * unreadable or malformed file, or one with a field that is missing, of the wrong type, out of range,
     * unknown or naming no algorithm, is bad input that names the file and the field.
     */
    public static ReplayFile read(Path file, Function<String, Algorithm> algorithms) {
        if (Files.isDirectory(file)) {
            throw new BadInputException("replay file " + file + " is a folder, not a replay file; pass a *.replay.json"
                    + " from the counterexamples folder inside it or another --out directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("replay file " + file + " does not exist; pass a *.replay.json written by"
                    + " 'electorate check' (see the counterexamples folder of its --out directory)");
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException("replay file " + file + " is malformed: " + e.getMessage().lines().findFirst().orElse("")
                    + "; pass a *.replay.json written by 'electorate check'");
        }
        if (tree == null || !tree.isObject() || !tree.has("run")) {
            throw new BadInputException("replay file " + file + " is not a replay: it has no \"run\" object;"
                    + " pass a *.replay.json written by 'electorate check'");
        }
        ReplayFileCheck.check(file, tree);
        String name = tree.get("run").get("algorithm").asText();
        Algorithm algorithm;
        try {
            algorithm = algorithms.apply(name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("replay file " + file + ": run.algorithm is \"" + name + "\", which is not"
                    + " an algorithm here (" + e.getMessage() + "); replay a run of one of them, or name your own election"
                    + " with the flags its replay command lists (--node-class or --node-cmd)");
        }
        try {
            return Json.MAPPER.readerFor(ReplayFile.class)
                    .withAttribute(RunNames.ALGORITHMS, (Function<String, Algorithm>) n -> algorithm)
                    .readValue(tree);
        } catch (IOException | IllegalArgumentException e) {
            // Every field was checked above: a file that passes and still cannot be read is our error.
            throw new IllegalStateException("replay file " + file + " passed its checks but could not be read", e);
        }
    }
}
