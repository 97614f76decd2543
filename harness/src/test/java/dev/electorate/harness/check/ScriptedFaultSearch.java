package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.property.Property;
import dev.electorate.spec.property.Violation;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The tests of a mutant that the random fault classes almost never catch: each seed's crash-recover run
 * gets, instead of its drawn faults, the ones {@code script} places from the seed's draws (a crash timed
 * where the mutant's bug shows). Within the budget some run of the mutant breaks the property, and no
 * run of the unmutated algorithm does.
 */
abstract class ScriptedFaultSearch {

    private final Algorithm algorithm;
    private final String mutant;
    private final int nodes;
    private final int budget;
    private final Property property;
    private final BiFunction<List<Integer>, SplittableRandom, List<Fault>> script;

    ScriptedFaultSearch(Algorithm algorithm, String mutant, int nodes, int budget, Property property,
                        BiFunction<List<Integer>, SplittableRandom, List<Fault>> script) {
        this.algorithm = algorithm;
        this.mutant = mutant;
        this.nodes = nodes;
        this.budget = budget;
        this.property = property;
        this.script = script;
    }

    /** The first seed whose run of {@code variant} (null: unmutated) breaks the property, with its faults and violation. */
    private Optional<String> firstViolation(String variant) {
        for (long seed = 1; seed <= budget; seed++) {
            RunSpec generated = Runs.generate(algorithm, variant, nodes, FaultClass.CRASH_RECOVER, seed);
            List<Fault> faults = script.apply(generated.members(), new SplittableRandom(seed));
            RunSpec spec = new RunSpec(generated.algorithm(), variant, generated.members(), seed,
                    generated.faultClass(), new FaultSchedule(faults));
            Optional<Violation> v = property.check(Runs.execute(spec), algorithm);
            if (v.isPresent()) {
                return Optional.of("seed " + seed + ", " + spec.schedule().describe() + ": " + v.get());
            }
        }
        return Optional.empty();
    }

    @Test
    void theMutantBreaksThePropertyOnAScriptedRun() {
        Optional<String> found = firstViolation(mutant);
        assertTrue(found.isPresent(), mutant + " survived " + budget + " scripted runs");
        System.out.println(mutant + ": " + found.get());
    }

    @Test
    void theUnmutatedAlgorithmHoldsOnTheSameRuns() {
        Optional<String> found = firstViolation(null);
        assertTrue(found.isEmpty(), () -> algorithm.name() + " itself broke the property: " + found.get());
    }
}
