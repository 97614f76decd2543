package dev.electorate.concurrency.twin;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.electorate.spec.Leadership;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZJ_Result;

/**
 * {@link dev.electorate.concurrency.BoardNeverGoesBack} on the check-then-set twin: jcstress must
 * observe the board going back to the older tenure. Run apart from the real tests by {@code ExpectFlagged}.
 */
@JCStressTest
@Outcome(id = "true, true, 2", expect = ACCEPTABLE, desc = "the older tenure first, then the newer")
@Outcome(id = "false, true, 2", expect = ACCEPTABLE, desc = "the newer tenure first; the older ignored")
@Outcome(expect = FORBIDDEN, desc = "the board went back to the older tenure, or success misreported")
@State
public class CheckThenSetBoardRace {
    private final CheckThenSetLeadershipBoard board = new CheckThenSetLeadershipBoard();

    @Actor
    public void staleFollower(ZZJ_Result r) {
        r.r1 = board.publish(new Leadership(1, 1, 1));
    }

    @Actor
    public void currentFollower(ZZJ_Result r) {
        r.r2 = board.publish(new Leadership(2, 2, 2));
    }

    @Arbiter
    public void settle(ZZJ_Result r) {
        r.r3 = board.current().term();
    }
}
