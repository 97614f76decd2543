package dev.electorate.harness.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.electorate.harness.exhaustive.ExhaustiveExplorer;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.FaultClass;
import java.util.List;

/**
 * Everything that determines one run: replaying a RunSpec gives the same trace byte for byte.
 *
 * @param algorithm  the algorithm run (in files, by its command-line name)
 * @param mutant     mutant name, or null for the algorithm itself
 * @param members    node ids in ring order
 * @param seed       seed of the run's choices (message delays, losses, nodes' random draws)
 * @param faultClass the fault class the schedule was drawn for, or null for a path of exhaustive exploration,
 *                   which draws no faults (its replay file lists its moves; files name it "exhaustive")
 * @param schedule   the faults injected
 * @param choices    the recorded choices that drive the network and the nodes, or null to draw
 *                   them from the seed
 * @param horizon    the tick at which the run stops, or null for the usual one ({@link Runs#horizon});
 *                   a counterexample of Termination stops at its deadline
 * @param steps      the number of steps after which the run stops, or null for no such cut; a
 *                   counterexample of a safety property stops at its violating step
 */
public record RunSpec(@JsonSerialize(using = RunNames.AlgorithmWriter.class)
                      @JsonDeserialize(using = RunNames.AlgorithmReader.class) Algorithm algorithm,
                      String mutant, List<Integer> members, long seed,
                      @JsonSerialize(using = RunNames.FaultClassWriter.class, nullsUsing = RunNames.ExhaustiveWriter.class)
                      @JsonDeserialize(using = RunNames.FaultClassReader.class) FaultClass faultClass,
                      FaultSchedule schedule, List<Integer> choices,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Long horizon,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Integer steps) {

    public RunSpec {
        java.util.Objects.requireNonNull(algorithm, "algorithm");
        members = List.copyOf(members);
        choices = choices == null ? null : List.copyOf(choices);
    }

    /** A run that stops at its usual horizon. */
    public RunSpec(Algorithm algorithm, String mutant, List<Integer> members, long seed, FaultClass faultClass,
                   FaultSchedule schedule, List<Integer> choices) {
        this(algorithm, mutant, members, seed, faultClass, schedule, choices, null, null);
    }

    /** A run whose network and nodes draw from the seed. */
    public RunSpec(Algorithm algorithm, String mutant, List<Integer> members, long seed, FaultClass faultClass,
                   FaultSchedule schedule) {
        this(algorithm, mutant, members, seed, faultClass, schedule, null);
    }

    /** A path found by exhaustive exploration: no fault class, no faults, its moves kept beside it. */
    public static RunSpec exhaustivePath(Algorithm algorithm, String mutant, List<Integer> members) {
        return new RunSpec(algorithm, mutant, members, 0, null, FaultSchedule.NONE);
    }

    /** The fault class's command-line name, or "exhaustive" for a path of exhaustive exploration: what files say. */
    public String faultClassName() {
        return faultClass == null ? ExhaustiveExplorer.FAULT_CLASS : faultClass.cliName();
    }

    public RunSpec withChoices(List<Integer> recorded) {
        return new RunSpec(algorithm, mutant, members, seed, faultClass, schedule, recorded, horizon, steps);
    }

    /** The same run of another implementation of the algorithm (a port run as processes, say). */
    public RunSpec withAlgorithm(Algorithm other) {
        return new RunSpec(other, mutant, members, seed, faultClass, schedule, choices, horizon, steps);
    }

    public Cluster cluster() {
        return new Cluster(members);
    }

    /** The same run with other faults, at its usual length (a cut made for the old faults does not apply). */
    public RunSpec withSchedule(FaultSchedule other) {
        return new RunSpec(algorithm, mutant, members, seed, faultClass, other, choices);
    }

    /** The same run stopped at tick {@code tick}. */
    public RunSpec stoppedAt(long tick) {
        return new RunSpec(algorithm, mutant, members, seed, faultClass, schedule, choices, tick, null);
    }

    /** The same run stopped after its first {@code count} steps. */
    public RunSpec cutAfter(int count) {
        return new RunSpec(algorithm, mutant, members, seed, faultClass, schedule, choices, null, count);
    }
}
