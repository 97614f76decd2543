package dev.electorate.spec.property;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Trace;
import java.util.ArrayList;
import java.util.List;

/** The election properties, in the order they are reported. */
public final class Properties {

    /** Uniqueness, Agreement, Validity, Termination, Stability, and the client history's Linearizability. */
    public static final List<Property> ALL = List.of(
            new Uniqueness(), new Agreement(), new Validity(), new Termination(), new Stability(),
            new LeaseLinearizability());

    private Properties() {}

    /** Every violation of every property in {@code trace}, at most one per property. */
    public static List<Violation> check(Trace trace, Algorithm algorithm) {
        List<Violation> violations = new ArrayList<>();
        for (Property p : ALL) {
            p.check(trace, algorithm).ifPresent(violations::add);
        }
        return violations;
    }
}
