package dev.electorate.harness.sim;

import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.spec.Cluster;
import java.util.List;

/**
 * Everything that determines one run: replaying a RunSpec gives the same trace byte for byte.
 *
 * @param algorithm  command-line name of the algorithm
 * @param mutant     mutant name, or null for the algorithm itself
 * @param members    node ids in ring order
 * @param seed       seed of the run's choices (message delays, losses, nodes' random draws)
 * @param faultClass the fault class the schedule was drawn for
 * @param schedule   the faults injected
 * @param choices    the recorded choices that drive the network and the nodes, or null to draw
 *                   them from the seed
 */
public record RunSpec(String algorithm, String mutant, List<Integer> members, long seed, String faultClass,
                      FaultSchedule schedule, List<Integer> choices) {

    public RunSpec {
        members = List.copyOf(members);
        choices = choices == null ? null : List.copyOf(choices);
    }

    /** A run whose network and nodes draw from the seed. */
    public RunSpec(String algorithm, String mutant, List<Integer> members, long seed, String faultClass,
                   FaultSchedule schedule) {
        this(algorithm, mutant, members, seed, faultClass, schedule, null);
    }

    public RunSpec withChoices(List<Integer> recorded) {
        return new RunSpec(algorithm, mutant, members, seed, faultClass, schedule, recorded);
    }

    public Cluster cluster() {
        return new Cluster(members);
    }

    public RunSpec withSchedule(FaultSchedule other) {
        return new RunSpec(algorithm, mutant, members, seed, faultClass, other, choices);
    }
}
