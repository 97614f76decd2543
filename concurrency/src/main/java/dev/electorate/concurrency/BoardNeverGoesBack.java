package dev.electorate.concurrency;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.electorate.spec.Leadership;
import dev.electorate.spec.LeadershipBoard;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.ZZJ_Result;

/**
 * Two publishers race, the older tenure's news arriving late: the newer tenure stays, and exactly the
 * publications that moved the board forward report success.
 */
@JCStressTest
@Outcome(id = "true, true, 2", expect = ACCEPTABLE, desc = "the older tenure first, then the newer")
@Outcome(id = "false, true, 2", expect = ACCEPTABLE, desc = "the newer tenure first; the older ignored")
@Outcome(expect = FORBIDDEN, desc = "the board went back to the older tenure, or success misreported")
@State
public class BoardNeverGoesBack {
    private final LeadershipBoard board = new LeadershipBoard();

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
