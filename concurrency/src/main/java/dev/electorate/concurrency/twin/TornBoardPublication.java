package dev.electorate.concurrency.twin;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.electorate.spec.Leadership;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IJJ_Result;

/**
 * {@link dev.electorate.concurrency.BoardPublishesWholeTriples} on the racy twin: jcstress must observe
 * a forbidden, never-published triple. Run apart from the real tests by {@code ExpectFlagged}.
 */
@JCStressTest
@Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "read before the first publication")
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "the first tenure, whole")
@Outcome(id = "2, 2, 2", expect = ACCEPTABLE, desc = "the second tenure, whole")
@Outcome(expect = FORBIDDEN, desc = "a triple never published")
@State
public class TornBoardPublication {
    private final TornLeadershipBoard board = new TornLeadershipBoard();

    @Actor
    public void follower() {
        board.publish(new Leadership(1, 1, 1));
        board.publish(new Leadership(2, 2, 2));
    }

    @Actor
    public void application(IJJ_Result r) {
        r.r1 = board.leader();
        r.r2 = board.term();
        r.r3 = board.token();
    }
}
