package dev.electorate.spec.property;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.ClusterView;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.Optional;

/**
 * A property decided step by step over the cluster's beliefs: the first step after which they break it is its
 * violation. Each trace gets a fresh {@link Judge}, which may remember what it saw (the leaders of past terms).
 */
abstract class StepwiseProperty implements Property {

    /** Looks at the cluster after each step of one trace. */
    interface Judge {
        /** What is wrong after {@code step}, as the violation states it, or null while the property holds. */
        String after(Step step, ClusterView view);
    }

    private final String name;

    StepwiseProperty(String name) {
        this.name = name;
    }

    /** The judge of one trace of {@code algorithm}. */
    abstract Judge judge(Algorithm algorithm);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Optional<Violation> check(Trace trace, Algorithm algorithm) {
        ClusterView view = new ClusterView(trace.header().cluster());
        Judge judge = judge(algorithm);
        for (Step step : trace.steps()) {
            view.apply(step);
            String broken = judge.after(step, view);
            if (broken != null) {
                return Optional.of(new Violation(name, step.index(), step.time(), broken));
            }
        }
        return Optional.empty();
    }
}
