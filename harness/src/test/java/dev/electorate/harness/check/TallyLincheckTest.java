package dev.electorate.harness.check;

import dev.electorate.lin.TwinLincheck;
import dev.electorate.spec.property.Violation;
import java.util.List;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.LongGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The checker's worker threads adding run outcomes to one {@link Tally} leave the same totals as some
 * sequential order of their additions: no run lost, every run counted in all totals at once, and the
 * first failure the one with the lowest run number. A tally with unlocked counters must be rejected.
 */
@Isolated // Lincheck spin-waits: TLC running beside it (TraceValidationTest is concurrent) slows it twofold
class TallyLincheckTest extends TwinLincheck {

    TallyLincheckTest() {
        super(Real.class, LostUpdate.class);
    }

    static final List<String> PROPERTIES = List.of("Uniqueness", "Agreement");

    // Made once, so that the model checker spends its budget on the tally, not on building arguments.
    private static final RunOutcome[][] OUTCOMES = new RunOutcome[3][4];

    static {
        for (int broken = 0; broken < 3; broken++) {
            for (int ticks = 0; ticks < 4; ticks++) {
                OUTCOMES[broken][ticks] = outcome(broken, ticks);
            }
        }
    }

    /** A run's outcome: {@code broken} 0 for none, else the property it violates; ticks stand for every measurement. */
    static RunOutcome outcome(int broken, long ticks) {
        List<Violation> violations = broken == 0 ? List.of()
                : List.of(new Violation(PROPERTIES.get(broken - 1), ticks, ticks, "for the test"));
        return new RunOutcome(null, violations, ticks, 2 * ticks, ticks, (int) ticks, false);
    }

    /** The operations Lincheck calls, the same on either tally. */
    @Param(name = "run", gen = IntGen.class, conf = "0:3")
    @Param(name = "broken", gen = IntGen.class, conf = "0:2")
    @Param(name = "ticks", gen = LongGen.class, conf = "1:3")
    public abstract static class Operations {
        private final ObjIntConsumer<RunOutcome> add;
        private final Supplier<Tally.Totals> totals;

        Operations(ObjIntConsumer<RunOutcome> add, Supplier<Tally.Totals> totals) {
            this.add = add;
            this.totals = totals;
        }

        @Operation
        public void add(@Param(name = "run") int run, @Param(name = "broken") int broken,
                        @Param(name = "ticks") long ticks) {
            add.accept(OUTCOMES[broken][(int) ticks], run);
        }

        @Operation
        public Tally.Totals totals() {
            return totals.get();
        }
    }

    /** Lincheck's view of the real tally: a fresh one per scenario. */
    public static class Real extends Operations {
        public Real() {
            this(new Tally(PROPERTIES));
        }

        private Real(Tally tally) {
            super((outcome, run) -> tally.add(run, outcome), tally::totals);
        }
    }

    /** The same operations on the lost-update twin. */
    public static class LostUpdate extends Operations {
        public LostUpdate() {
            this(new LostUpdateTally(PROPERTIES));
        }

        private LostUpdate(LostUpdateTally tally) {
            super((outcome, run) -> tally.add(run, outcome), tally::totals);
        }
    }
}
