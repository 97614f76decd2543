package dev.electorate.concurrency;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.electorate.spec.Leadership;
import dev.electorate.spec.LeadershipBoard;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IJJ_Result;

/**
 * A reader of a {@link LeadershipBoard} racing a writer that publishes two tenures sees one whole
 * published (leader, term, token) triple, never fields of two publications mixed.
 */
@JCStressTest
@Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "read before the first publication")
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "the first tenure, whole")
@Outcome(id = "2, 2, 2", expect = ACCEPTABLE, desc = "the second tenure, whole")
@Outcome(expect = FORBIDDEN, desc = "a triple never published")
@State
public class BoardPublishesWholeTriples {
    private final LeadershipBoard board = new LeadershipBoard();

    @Actor
    public void follower() {
        board.publish(new Leadership(1, 1, 1));
        board.publish(new Leadership(2, 2, 2));
    }

    @Actor
    public void application(IJJ_Result r) {
        Leadership seen = board.current();
        r.r1 = seen.leader();
        r.r2 = seen.term();
        r.r3 = seen.token();
    }
}
