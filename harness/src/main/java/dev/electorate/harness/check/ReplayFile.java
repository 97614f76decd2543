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
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<Move> moves) {

    /** A simulator run's replay file: the run spec alone determines the trace. */
    public ReplayFile(RunSpec run, Violation violation, String traceSha256, String command) {
        this(run, violation, traceSha256, command, null);
    }

    public static void write(Path file, ReplayFile replay) {
        OutputFolder.writeJson(file, replay);
    }

    /** Reads a replay file; a missing or malformed one is bad input that names the file. */
    public static ReplayFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("replay file " + file + " does not exist; pass a *.replay.json written by"
                    + " 'electorate check' (see the counterexamples folder of its --out directory)");
        }
        try {
            JsonNode tree = Json.MAPPER.readTree(file.toFile());
            if (tree == null || !tree.isObject() || !tree.has("run")) {
                throw new BadInputException("replay file " + file + " is not a replay: it has no \"run\" object;"
                        + " pass a *.replay.json written by 'electorate check'");
            }
            ReplayFile replay = Json.MAPPER.treeToValue(tree, ReplayFile.class);
            RunSpec run = replay.run();
            if (run == null || run.algorithm() == null || run.members() == null || run.schedule() == null
                    || run.faultClass() == null) {
                throw new BadInputException("replay file " + file + ": \"run\" needs algorithm, members, seed,"
                        + " faultClass and schedule");
            }
            return replay;
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException("replay file " + file + " is malformed: " + e.getMessage().lines().findFirst().orElse("")
                    + "; pass a *.replay.json written by 'electorate check'");
        }
    }
}
