package dev.electorate.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepTest {

    private static final Message PING = new GenericMessage("Ping", Map.of("n", 1));

    @Test
    void reactionsAreUpAndCarryTheirTriggerOnly() {
        List<Envelope> sent = List.of(new Envelope(1, 2, PING));
        assertEquals(new Step(0, 0, Step.Kind.START, 1, "Start", 0, null, null, sent, Map.of("x", 1), Role.CANDIDATE,
                0, 1, true, null), Step.start(0, 0, 1, "Start", sent, Map.of("x", 1), Role.CANDIDATE, 0, 1));
        assertEquals(new Step(1, 2, Step.Kind.RECEIVE, 2, "ReceivePing", 1, PING, null, List.of(), Map.of(),
                Role.FOLLOWER, 1, 1, true, null),
                Step.receive(1, 2, 2, "ReceivePing", 1, PING, List.of(), Map.of(), Role.FOLLOWER, 1, 1));
        assertEquals(new Step(2, 3, Step.Kind.TIMEOUT, 1, "Beat", 0, null, "beat", sent, Map.of(), Role.LEADER, 1, 1,
                true, null), Step.timeout(2, 3, 1, "Beat", "beat", sent, Map.of(), Role.LEADER, 1, 1));
    }

    @Test
    void faultsSendNothingAndACrashLeavesTheNodeDownWithoutBeliefs() {
        Step crash = Step.crash(4, 5, 3, "crash 3");
        assertTrue(crash.isFault());
        assertFalse(crash.up());
        assertEquals(List.of(crash.role(), crash.leader(), crash.term()), List.of(Role.IDLE, Cluster.NONE, 0L));
        Step lost = Step.fault(5, 6, 2, "Lose", 1, PING, Role.FOLLOWER, 1, 1, true, "lost by the network");
        assertEquals(List.of(), lost.sent());
        assertEquals(PING, lost.message());
        Step partition = Step.networkFault(6, 7, "Partition", "{1} | {2,3}");
        assertFalse(partition.touchesNode());
    }

    @Test
    void aFaultIsNotAReaction() {
        assertThrows(IllegalArgumentException.class, () -> Step.reaction(0, 0, Step.Kind.FAULT, 1, "Crash", 0, null,
                null, List.of(), Map.of(), Role.IDLE, 0, 0));
    }

    @Test
    void aSettledStepKeepsItsOutcomeButNotItsSends() {
        Step start = Step.start(0, 0, 1, "Start", List.of(new Envelope(1, 2, PING)), Map.of(), Role.LEADER, 1, 1);
        Step settled = start.settled(false);
        assertEquals(List.of(), settled.sent());
        assertFalse(settled.up());
        assertEquals(start.role(), settled.role());
    }
}
