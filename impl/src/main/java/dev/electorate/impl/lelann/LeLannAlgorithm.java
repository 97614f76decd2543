package dev.electorate.impl.lelann;

import dev.electorate.impl.ring.RingAlgorithm;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Textbook;
import java.util.List;
import java.util.Set;

/** Le Lann's ring election (1977): every bid circles the ring, the highest id leads; specified by LeLann.tla. */
public final class LeLannAlgorithm extends RingAlgorithm {

    private static final List<Mutant> MUTANTS = ringMutants(
            new Mutant("declare-own-id",
                    "a node whose bid returns declares itself leader without comparing the ids it saw,"
                            + " and takes office at once, so every node leads (Uniqueness)"),
            new Mutant("drop-announcement",
                    "a node follows an ALIVE but does not pass it on, so the winner's first ALIVE never comes"
                            + " home, it never takes office and the ring starts election after election"
                            + " (Termination)"));

    public LeLannAlgorithm() {
        super("lelann", "LeLann", MUTANTS, TEXTBOOK, LeLann::new);
    }

    private static final Textbook TEXTBOOK = Textbook.counting(Set.of("Election"), "ELECTION",
                    Textbook.Family.DETERMINISTIC_RING)
            .withCurves(new Textbook.Curve("Le Lann n\u00b2", "n\u00b2", n -> (double) n * n))
            .withClaims(new Textbook.Exactly("Le Lann sends n\u00b2 ELECTION messages: every bid goes round the whole ring.",
                    "n\u00b2", n -> (double) n * n));
}
