package dev.electorate.harness.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.exhaustive.Move;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.io.OutputFolder;
import dev.electorate.harness.io.Json;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.spec.property.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
     * Reads a replay file; a missing, unreadable or malformed one, or one with a field that is
     * missing, of the wrong type, out of range or unknown, is bad input that names the file and the field.
     */
    public static ReplayFile read(Path file) {
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
        try {
            return Json.MAPPER.treeToValue(tree, ReplayFile.class);
        } catch (IOException | IllegalArgumentException e) {
            // Every field was checked above: a file that passes and still cannot be read is our error.
            throw new IllegalStateException("replay file " + file + " passed its checks but could not be read", e);
        }
    }
}
