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
        Assumptions bully = Assumptions.surviving(Assumptions.Failures.CRASH_RECOVERY)
                .synchronyBound(10)
                .because("synchronous");
        assertEquals(List.of(FaultClass.NONE, FaultClass.CRASH, FaultClass.CRASH_RECOVER), bully.admitted());
        assertFalse(bully.admits(FaultClass.PARTITION));
        assertFalse(bully.admits(FaultClass.MIXED));
    }

    @Test
    void crashStopDoesNotAdmitRecovery() {
        Assumptions a = Assumptions.surviving(Assumptions.Failures.CRASH_STOP)
                .tolerating(FaultClass.MIXED)
                .because("x");
        assertTrue(a.admits(FaultClass.CRASH));
        assertFalse(a.admits(FaultClass.CRASH_RECOVER));
        assertFalse(a.admits(FaultClass.MIXED));
        assertTrue(a.admits(FaultClass.LOSS));
    }

    @Test
    void majorityRecoveryAdmitsRecoveryButNotCrashesForGood() {
        Assumptions raft = Assumptions.surviving(Assumptions.Failures.MAJORITY_RECOVERY)
                .synchronyBound(10)
                .tolerating(FaultClass.MIXED)
                .because("quorum");
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

    @Test
    void theBuilderStatesWhatThePositionalConstructorDoes() {
        assertEquals(new Assumptions(10, false, Assumptions.Failures.MAJORITY_RECOVERY, true, false, true, true, false,
                        true, "lease"),
                Assumptions.surviving(Assumptions.Failures.MAJORITY_RECOVERY)
                        .synchronyBound(10)
                        .tolerating(FaultClass.LOSS, FaultClass.DUPLICATE, FaultClass.REORDER, FaultClass.PARTITION)
                        .because("lease"));
        assertEquals(new Assumptions(0, true, Assumptions.Failures.NONE, false, false, false, false, false, false, "ring"),
                Assumptions.surviving(Assumptions.Failures.NONE).anonymous().because("ring"));
        assertThrows(IllegalArgumentException.class,
                () -> Assumptions.surviving(Assumptions.Failures.NONE).tolerating(FaultClass.CRASH));
    }
}
