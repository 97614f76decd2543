package dev.electorate.harness.check;

import dev.electorate.harness.exhaustive.Move;
import dev.electorate.harness.io.OutputFolder;
import dev.electorate.harness.io.ShellWords;
import dev.electorate.harness.io.TraceCodec;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.ElectionHistory;
import dev.electorate.history.JsonLinesHistory;
import dev.electorate.spec.property.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The smallest failing run found for a cell: its run spec (after shrinking the fault schedule),
 * the violation it shows, and the files written for it.
 */
public record Counterexample(RunSpec run, Violation violation, int steps, String replayFile, String traceFile,
                             String historyFile, String replayCommand) {

    /** The "property" a conformance failure names: its run reaches a state the spec lacks. */
    public static final String CONFORMANCE = "Conformance";


    /**
     * Writes the trace, the client history (as {@code ./electorate lin --model fenced-lease} reads it) and
     * the replay file of a failing run into {@code dir}.
     */
    public static Counterexample write(Path dir, RunSpec run, Violation violation, Trace trace) {
        return write(dir, run, violation, trace, "");
    }

    /**
     * As {@link #write(Path, RunSpec, Violation, Trace)}, for an election that the replay command must
     * name again: {@code replayFlags} (" --node-class C --assume ...") follow the replay file in it.
     */
    public static Counterexample write(Path dir, RunSpec run, Violation violation, Trace trace, String replayFlags) {
        String name = run.algorithm().name() + (run.mutant() != null ? "-" + run.mutant() : "") + "-" + run.faultClassName()
                + "-seed" + run.seed() + (run.choices() != null ? "-shrunk" : "");
        return write(dir, name, run, violation, trace, null, replayFlags);
    }

    /**
     * Writes the files of a path found by exhaustive exploration: the replay file lists its moves,
     * which {@code replay} re-executes; {@code replayFlags} name a third-party election again.
     */
    public static Counterexample writeExhaustive(Path dir, RunSpec run, Violation violation, Trace trace,
                                                 List<Move> moves, String replayFlags) {
        return writeExhaustive(dir, run, violation, trace, moves, replayFlags, null);
    }

    /**
     * As above, naming the TLC model whose bounds the path was found within, so that a replay can decide
     * Termination on it again (whether its end is quiescent or a fair loop depends on the model's rule for time).
     */
    public static Counterexample writeExhaustive(Path dir, RunSpec run, Violation violation, Trace trace,
                                                 List<Move> moves, String replayFlags, String model) {
        String name = run.algorithm().name() + (run.mutant() != null ? "-" + run.mutant() : "") + "-" + run.faultClassName();
        return write(dir, name, run, violation, trace, moves, replayFlags, model);
    }

    /** The three files of a counterexample named {@code name}; {@code moves} is null for a sampled run. */
    private static Counterexample write(Path dir, String name, RunSpec run, Violation violation, Trace trace,
                                        List<Move> moves, String replayFlags) {
        return write(dir, name, run, violation, trace, moves, replayFlags, null);
    }

    private static Counterexample write(Path dir, String name, RunSpec run, Violation violation, Trace trace,
                                        List<Move> moves, String replayFlags, String model) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        Path traceFile = dir.resolve(name + ".trace.jsonl");
        Path replayFile = dir.resolve(name + ".replay.json");
        Path historyFile = dir.resolve(name + ".history.jsonl");
        TraceCodec.write(trace, traceFile);
        OutputFolder.write(historyFile, JsonLinesHistory.write(ElectionHistory.of(trace).ops()));
        String command = "./electorate replay " + ShellWords.quote(replayFile.toString()) + replayFlags;
        String digest = TraceCodec.digest(trace);
        ReplayFile.write(replayFile, moves == null ? new ReplayFile(run, violation, digest, command)
                : new ReplayFile(run, violation, digest, command, moves, model));
        return new Counterexample(run, violation, trace.steps().size(), replayFile.toString(), traceFile.toString(),
                historyFile.toString(), command);
    }

    /** Faults in the run's schedule. */
    public int faults() {
        return run.schedule().faults().size();
    }

    /** The run's size in words: "3 nodes [1, 2, 3], 1 fault, 40 steps". */
    public String size() {
        return run.members().size() + " nodes " + run.members() + ", " + faults() + (faults() == 1 ? " fault, " : " faults, ")
                + steps + " steps";
    }
}
