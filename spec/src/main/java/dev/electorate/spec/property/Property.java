package dev.electorate.spec.property;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Trace;
import java.util.Optional;

/** Something every run of an election must satisfy, decided over a whole trace. */
public interface Property {

    /** The name shared with the TLA+ modules ("Uniqueness"). */
    String name();

    /** The first violation in {@code trace}, or empty if the property holds. */
    Optional<Violation> check(Trace trace, Algorithm algorithm);
}
