package dev.electorate.spec;

import dev.electorate.lin.TwinLincheck;
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

    /** Lincheck's view of the real board: a fresh one per scenario. */
    @Param(name = "leader", gen = IntGen.class, conf = "0:2")
    @Param(name = "term", gen = LongGen.class, conf = "1:2")
    @Param(name = "token", gen = LongGen.class, conf = "1:2")
    public static class Board {
        private final LeadershipBoard board = new LeadershipBoard();

        @Operation
        public boolean publish(@Param(name = "leader") int leader, @Param(name = "term") long term,
                               @Param(name = "token") long token) {
            return board.publish(new Leadership(leader, term, token));
        }

        @Operation
        public Leadership current() {
            return board.current();
        }
    }

    /** The same operations on the torn twin. */
    @Param(name = "leader", gen = IntGen.class, conf = "0:2")
    @Param(name = "term", gen = LongGen.class, conf = "1:2")
    @Param(name = "token", gen = LongGen.class, conf = "1:2")
    public static class Torn {
        private final TornLeadershipBoard board = new TornLeadershipBoard();

        @Operation
        public boolean publish(@Param(name = "leader") int leader, @Param(name = "term") long term,
                               @Param(name = "token") long token) {
            return board.publish(new Leadership(leader, term, token));
        }

        @Operation
        public Leadership current() {
            return board.current();
        }
    }
}
