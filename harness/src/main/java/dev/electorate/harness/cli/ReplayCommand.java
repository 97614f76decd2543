package dev.electorate.harness.cli;

import dev.electorate.harness.exhaustive.ExhaustiveExplorer;

import dev.electorate.harness.check.ReplayFile;
import dev.electorate.harness.check.RunOutcome;
import dev.electorate.harness.io.TraceCodec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code electorate replay FILE}: re-runs a counterexample and confirms its trace is byte-identical. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-runs a counterexample from its replay file and prints its trace and violations.")
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A *.replay.json written by 'electorate check'.")
    Path file;

    @Option(names = "--trace", paramLabel = "OUT", description = "Write the trace here instead of standard output.")
    Path traceOut;

    @Mixin
    ThirdPartyOptions thirdParty = new ThirdPartyOptions();

    @Override
    public Integer call() throws IOException {
        if (traceOut != null && Files.isDirectory(traceOut)) {
            throw new dev.electorate.harness.io.BadInputException("--trace " + traceOut + " is a folder; name the file"
                    + " to write the trace into (for example " + traceOut.resolve("replayed.trace.jsonl") + ")");
        }
        // Your own election is not registered by name: it comes back from the flags it was checked with.
        ReplayFile replay = ReplayFile.read(file, name -> {
            thirdParty.requireConsistent();
            return thirdParty.given() ? thirdParty.algorithm() : Algorithms.byName(name);
        });
        Algorithm algorithm = replay.run().algorithm();
        boolean exhaustive = replay.moves() != null;
        Trace trace = exhaustive
                ? ExhaustiveExplorer.replay(algorithm, replay.run().mutant(), replay.run().members(), replay.moves())
                : Runs.execute(replay.run());
        String text = TraceCodec.write(trace);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (traceOut != null) {
            dev.electorate.harness.io.OutputFolder.write(traceOut, text);
        } else {
            out.print(text);
        }
        // An exhaustive path has no time to speak of: only the state properties apply to it.
        List<Violation> violations = exhaustive
                ? exhaustiveViolations(trace, algorithm, replay)
                : RunOutcome.decidedViolations(trace, algorithm);
        boolean identical = TraceCodec.digest(trace).equals(replay.traceSha256());
        err.println("replayed " + file + ": " + trace.steps().size() + " steps, trace "
                + (identical ? "identical to the recorded one" : "DIFFERENT from the recorded one (sha256 "
                + replay.traceSha256() + ")"));
        for (Violation v : violations) {
            err.println("  " + v);
        }
        out.flush();
        err.flush();
        return identical ? Main.OK : Main.VIOLATION;
    }

    /**
     * The state properties on an exhaustive path, then, where none breaks and the file names the model the
     * path was found within, Termination decided again within that model's bounds.
     */
    private static List<Violation> exhaustiveViolations(Trace trace, Algorithm algorithm, ReplayFile replay) {
        java.util.Optional<Violation> safety = ExhaustiveExplorer.firstViolation(trace, algorithm);
        if (safety.isPresent() || replay.model() == null) {
            return safety.stream().toList();
        }
        dev.electorate.harness.exhaustive.ModelBounds bounds = dev.electorate.harness.exhaustive.ModelBounds.choose(
                algorithm.name(), replay.run().members().size(), replay.run().mutant(), replay.model());
        return ExhaustiveExplorer.termination(algorithm, replay.run().mutant(), bounds, replay.moves()).stream().toList();
    }
}
