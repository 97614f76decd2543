package dev.electorate.spec;

import dev.electorate.lin.TwinLincheck;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.LongGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * The board is linearizable against itself run sequentially: readers see whole published triples and
 * publication is monotonic. A board keeping its triple in three separate fields must be rejected.
 */
class LeadershipBoardLincheckTest extends TwinLincheck {

    LeadershipBoardLincheckTest() {
        super(Board.class, Torn.class);
    }

    /** The operations Lincheck calls, the same on either board. */
    @Param(name = "leader", gen = IntGen.class, conf = "0:2")
    @Param(name = "term", gen = LongGen.class, conf = "1:2")
    @Param(name = "token", gen = LongGen.class, conf = "1:2")
    public abstract static class Operations {
        private final Predicate<Leadership> publish;
        private final Supplier<Leadership> current;

        Operations(Predicate<Leadership> publish, Supplier<Leadership> current) {
            this.publish = publish;
            this.current = current;
        }

        @Operation
        public boolean publish(@Param(name = "leader") int leader, @Param(name = "term") long term,
                               @Param(name = "token") long token) {
            return publish.test(new Leadership(leader, term, token));
        }

        @Operation
        public Leadership current() {
            return current.get();
        }
    }

    /** Lincheck's view of the real board: a fresh one per scenario. */
    public static class Board extends Operations {
        public Board() {
            this(new LeadershipBoard());
        }

        private Board(LeadershipBoard board) {
            super(board::publish, board::current);
        }
    }

    /** The same operations on the torn twin. */
    public static class Torn extends Operations {
        public Torn() {
            this(new TornLeadershipBoard());
        }

        private Torn(TornLeadershipBoard board) {
            super(board::publish, board::current);
        }
    }
}
