package dev.electorate.impl.changroberts;

import dev.electorate.impl.ring.RingAlgorithm;
import dev.electorate.spec.Mutant;
import dev.electorate.spec.Textbook;
import java.util.List;
import java.util.Set;

/** Chang and Roberts' ring election (1979): only the highest bid survives the round; specified by ChangRoberts.tla. */
public final class ChangRobertsAlgorithm extends RingAlgorithm {

    private static final List<Mutant> MUTANTS = ringMutants(
            new Mutant("forward-smaller",
                    "a node passes on bids smaller than its own instead of dropping them and takes office"
                            + " as soon as its bid is back, so every bid comes home and several nodes lead"
                            + " (Uniqueness; forwarding alone only livelocks: higher nodes stop the lower winners' ELECTED)"),
            new Mutant("drop-announcement",
                    "a node follows an ELECTED or ALIVE but does not pass it on, so the winner's ELECTED never"
                            + " comes home, it never takes office and the ring starts election after election"
                            + " (Termination)"));

    public ChangRobertsAlgorithm() {
        super("chang-roberts", "ChangRoberts", MUTANTS, TEXTBOOK, ChangRoberts::new);
    }

    /** How far the mean may lie from n*H_n and still count as "about n ln n". */
    private static final double AVERAGE_TOLERANCE = 0.20;

    private static final Textbook TEXTBOOK = Textbook.counting(Set.of("Election"), "ELECTION",
                    Textbook.Family.DETERMINISTIC_RING)
            .withCurves(
                    new Textbook.Curve("Chang-Roberts worst n(n+1)/2", "n(n+1)/2", n -> n * (n + 1) / 2.0),
                    new Textbook.Curve("Chang-Roberts average n\u00b7H\u2099", "n\u00b7H\u2099 \u2248 n ln n",
                            n -> n * Textbook.harmonic(n)))
            .withClaims(
                    new Textbook.AtMost("Chang-Roberts sends at most n(n+1)/2 ELECTION messages (ids decreasing along"
                            + " the ring).", "n(n+1)/2", n -> n * (n + 1) / 2.0),
                    new Textbook.AboutAverage("Chang-Roberts averages about n ln n ELECTION messages (exactly n\u00b7H\u2099"
                            + " over random ring orders).", "n\u00b7H\u2099", n -> n * Textbook.harmonic(n), AVERAGE_TOLERANCE));
}
