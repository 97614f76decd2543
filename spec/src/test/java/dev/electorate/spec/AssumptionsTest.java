package dev.electorate.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Assumptions decide which fault classes are inside them; fault class names parse or fail clearly. */
class AssumptionsTest {

    @Test
    void synchronousCrashRecoveryAdmitsCrashesButNotPartitions() {
        Assumptions bully = new Assumptions(10, true, Assumptions.Failures.CRASH_RECOVERY, false, false, false,
                false, false, true, "synchronous");
        assertEquals(List.of(FaultClass.NONE, FaultClass.CRASH, FaultClass.CRASH_RECOVER), bully.admitted());
        assertFalse(bully.admits(FaultClass.PARTITION));
        assertFalse(bully.admits(FaultClass.MIXED));
    }

    @Test
    void crashStopDoesNotAdmitRecovery() {
        Assumptions a = new Assumptions(0, false, Assumptions.Failures.CRASH_STOP, true, true, true, true, true,
                true, "x");
        assertTrue(a.admits(FaultClass.CRASH));
        assertFalse(a.admits(FaultClass.CRASH_RECOVER));
        assertFalse(a.admits(FaultClass.MIXED));
        assertTrue(a.admits(FaultClass.LOSS));
    }

    @Test
    void majorityRecoveryAdmitsRecoveryButNotCrashesForGood() {
        Assumptions raft = new Assumptions(10, false, Assumptions.Failures.MAJORITY_RECOVERY, true, true, true,
                true, true, true, "quorum");
        assertFalse(raft.admits(FaultClass.CRASH));
        assertTrue(raft.admits(FaultClass.CRASH_RECOVER));
        assertTrue(raft.admits(FaultClass.MIXED));
        assertEquals(9, raft.admitted().size());
    }

    @Test
    void faultClassesParseByTheirCommandLineNames() {
        for (FaultClass f : FaultClass.values()) {
            assertEquals(f, FaultClass.parse(f.cliName()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FaultClass.parse("crashes"));
        assertTrue(e.getMessage().contains("'crashes'") && e.getMessage().contains("crash-recover"), e.getMessage());
    }

    @Test
    void clusterRejectsDuplicateAndNonPositiveIds() {
        assertThrows(IllegalArgumentException.class, () -> new Cluster(List.of(1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Cluster(List.of(0, 1)));
        Cluster ring = new Cluster(List.of(3, 1, 2));
        assertEquals(1, ring.successor(3));
        assertEquals(3, ring.successor(2));
        assertEquals(2, ring.predecessor(3));
    }
}
