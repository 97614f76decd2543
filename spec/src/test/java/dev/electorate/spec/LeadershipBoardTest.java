package dev.electorate.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The board moves forward by (term, token), lets a tenure end, and ignores stale news. */
class LeadershipBoardTest {

    @Test
    void startsWithNobodyAndTakesALaterTenure() {
        LeadershipBoard board = new LeadershipBoard();
        assertEquals(Leadership.NONE, board.current());
        assertTrue(board.publish(new Leadership(3, 1, 7)));
        assertEquals(new Leadership(3, 1, 7), board.current());
        assertTrue(board.publish(new Leadership(2, 1, 8)), "same term, newer token");
        assertTrue(board.publish(new Leadership(1, 2, 1)), "newer term, whatever the token");
        assertEquals(new Leadership(1, 2, 1), board.current());
    }

    @Test
    void ignoresAnOlderOrEqualTenure() {
        LeadershipBoard board = new LeadershipBoard();
        board.publish(new Leadership(2, 5, 10));
        assertFalse(board.publish(new Leadership(3, 4, 99)), "older term");
        assertFalse(board.publish(new Leadership(3, 5, 9)), "older token");
        assertFalse(board.publish(new Leadership(3, 5, 10)), "same tenure, another leader");
        assertEquals(new Leadership(2, 5, 10), board.current());
    }

    @Test
    void letsATenureEndButNotComeBack() {
        LeadershipBoard board = new LeadershipBoard();
        board.publish(new Leadership(2, 5, 10));
        assertTrue(board.publish(new Leadership(Cluster.NONE, 5, 10)), "the leader of (5, 10) is gone");
        assertFalse(board.current().hasLeader());
        assertFalse(board.publish(new Leadership(2, 5, 10)), "the ended tenure again");
        assertFalse(board.publish(new Leadership(Cluster.NONE, 5, 10)), "nothing changes");
    }

    @Test
    void rejectsNegativeFieldsAndNull() {
        assertThrows(IllegalArgumentException.class, () -> new Leadership(1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Leadership(-1, 0, 0));
        assertThrows(NullPointerException.class, () -> new LeadershipBoard().publish(null));
    }
}
