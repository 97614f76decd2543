package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.spec.Envelope;
import dev.electorate.spec.GenericMessage;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InFlightTest {

    private static final GenericMessage PING = new GenericMessage("Ping", Map.of());

    @Test
    void sendsAndDuplicatesCountUpReceiptsAndLossesDown() {
        InFlight inFlight = new InFlight();
        assertTrue(inFlight.follow(Step.start(0, 0, 1, "Start", List.of(new Envelope(1, 2, PING),
                new Envelope(1, 3, PING)), Map.of(), Role.CANDIDATE, 0, 0)));
        assertEquals(Map.of("Ping", 2), inFlight.byType());
        assertTrue(inFlight.follow(Step.fault(1, 1, 2, "Duplicate", 1, PING, Role.IDLE, 0, 0, true, null)));
        assertEquals(Map.of("Ping", 3), inFlight.byType());
        assertTrue(inFlight.follow(Step.receive(2, 2, 2, "ReceivePing", 1, PING, List.of(), Map.of(), Role.IDLE, 0, 0)));
        assertTrue(inFlight.follow(Step.fault(3, 2, 3, "Lose", 1, PING, Role.IDLE, 0, 0, true, null)));
        assertEquals(Map.of("Ping", 1), inFlight.byType());
        assertTrue(inFlight.follow(Step.receive(4, 3, 2, "ReceivePing", 1, PING, List.of(), Map.of(), Role.IDLE, 0, 0)));
        assertEquals(Map.of(), inFlight.byType(), "a type with none in flight is absent");
    }

    @Test
    void aFaultOnANodeOrTheNetworkTouchesNoMessage() {
        InFlight inFlight = new InFlight();
        assertFalse(inFlight.follow(Step.crash(0, 0, 1, "crash 1")));
        assertFalse(inFlight.follow(Step.networkFault(1, 1, "Partition", "{1} | {2}")));
        assertEquals(Map.of(), inFlight.byType());
        assertTrue(inFlight.follow(Step.receive(2, 2, 2, "ReceivePing", 1, PING, List.of(), Map.of(), Role.IDLE, 0, 0)));
        assertEquals(Map.of(), inFlight.byType(), "a receipt of a message never counted goes no lower than none");
    }
}
