package dev.electorate.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A cluster names each node's others in id order whatever the ring order, and its majority. */
class ClusterTest {

    @Test
    void othersAreEveryOtherMemberInIdOrder() {
        Cluster ring = new Cluster(List.of(3, 1, 4, 2));
        assertEquals(List.of(1, 2, 4), ring.others(3));
        assertEquals(List.of(1, 2, 3), ring.others(4));
        assertEquals(List.of(), new Cluster(List.of(5)).others(5));
    }

    @Test
    void aMajorityIsMoreThanHalf() {
        assertEquals(1, Cluster.ofSize(1).majority());
        assertEquals(2, Cluster.ofSize(2).majority());
        assertEquals(2, Cluster.ofSize(3).majority());
        assertEquals(3, Cluster.ofSize(4).majority());
        assertEquals(4, Cluster.ofSize(7).majority());
    }

    @Test
    void rejectsRepeatedOrNonPositiveIds() {
        assertThrows(IllegalArgumentException.class, () -> new Cluster(List.of(1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Cluster(List.of(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Cluster(List.of()));
    }
}
