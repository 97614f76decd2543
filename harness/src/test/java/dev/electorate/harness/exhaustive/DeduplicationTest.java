package dev.electorate.harness.exhaustive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.spec.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Two states merge exactly when every node's whole state, its timers and the network are equal. */
class DeduplicationTest {

    enum Phase { IDLE, CANDIDATE }

    record Vote(int term, int from) {}

    /** A node with state its spec variables would not show: a hidden counter and unordered collections. */
    static final class Sample {
        int term;
        Phase phase = Phase.IDLE;
        private long hidden;
        final Map<Integer, Vote> votes = new HashMap<>();
        final Set<Integer> peers = new HashSet<>();
        final List<String> log = new ArrayList<>();
        TreeMap<Long, Integer> leaders = new TreeMap<>();
        int[] counts = new int[3];
    }

    private static Sample sample() {
        Sample s = new Sample();
        s.term = 2;
        s.phase = Phase.CANDIDATE;
        s.votes.put(1, new Vote(2, 1));
        s.votes.put(3, new Vote(2, 3));
        s.peers.add(2);
        s.peers.add(3);
        s.log.add("a");
        s.leaders.put(1L, 1);
        s.counts[1] = 4;
        return s;
    }

    @Test
    void equalGraphsGetEqualBytesWhateverTheirHistory() {
        StateCodec codec = new StateCodec();
        Sample a = sample();
        Sample b = sample();
        // Same content reached otherwise: inserted in another order, into grown then emptied tables.
        b.votes.clear();
        for (int i = 100; i < 200; i++) {
            b.votes.put(i, new Vote(0, 0));
        }
        b.votes.clear();
        b.votes.put(3, new Vote(2, 3));
        b.votes.put(1, new Vote(2, 1));
        b.peers.clear();
        b.peers.add(3);
        b.peers.add(2);
        assertArrayEquals(codec.encode(a), codec.encode(b));
    }

    @Test
    void anyDifferenceAnywhereInTheGraphKeepsStatesApart() {
        StateCodec codec = new StateCodec();
        byte[] base = codec.encode(sample());
        List<java.util.function.Consumer<Sample>> changes = List.of(
                s -> s.hidden = 1,
                s -> s.term = 3,
                s -> s.phase = Phase.IDLE,
                s -> s.votes.put(1, new Vote(2, 2)),
                s -> s.votes.put(2, null),
                s -> s.peers.add(1),
                s -> s.log.add(""),
                s -> s.log.set(0, "b"),
                s -> s.leaders.put(1L, 2),
                s -> s.counts[2] = 1,
                s -> s.leaders = null);
        Set<String> distinct = new HashSet<>();
        for (java.util.function.Consumer<Sample> change : changes) {
            Sample s = sample();
            change.accept(s);
            byte[] bytes = codec.encode(s);
            assertFalse(java.util.Arrays.equals(base, bytes), "a change was merged with the original");
            distinct.add(java.util.Arrays.toString(bytes));
        }
        assertEquals(changes.size(), distinct.size(), "two different changes were merged");
    }

    @Test
    void aDecodedCopyIsEqualAndIndependent() {
        StateCodec codec = new StateCodec();
        Sample original = sample();
        byte[] bytes = codec.encode(original);
        Sample copy = (Sample) codec.decode(bytes);
        assertArrayEquals(bytes, codec.encode(copy));
        copy.log.add("b");
        copy.counts[0] = 9;
        assertArrayEquals(bytes, codec.encode(original), "mutating the copy changed the original");
        assertEquals(original.votes, copy.votes);
    }

    @Test
    void sharedMutableStateIsRefusedRatherThanSplit() {
        final class Aliased {
            final List<Integer> a = new ArrayList<>();
            final List<Integer> b = a;
        }
        StateCodec codec = new StateCodec();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.encode(new Aliased()));
        assertTrue(e.getMessage().contains("reachable twice"), e.getMessage());
    }

    private static World world(byte[] node, String[] timers, World.Flight... flights) {
        return new World(new byte[][] {node, null}, new byte[2][], new String[][] {timers, new String[0]}, flights, 2,
                0, 0, 0, 0, new long[0], new Role[] {Role.LEADER, Role.IDLE}, new int[] {1, 0}, new long[] {1, 0});
    }

    @Test
    void worldsMergeOnlyWhenNodesTimersAndNetworkAreAllEqual() {
        StateCodec codec = new StateCodec();
        byte[] node = codec.encode(sample());
        World.Flight m1 = new World.Flight(1, 2, codec.encode(new Vote(1, 1)));
        World.Flight m2 = new World.Flight(1, 2, codec.encode(new Vote(2, 1)));
        World w = world(node, new String[] {"heartbeat"}, m1, m2);
        assertEquals(w, world(codec.encode(sample()), new String[] {"heartbeat"},
                new World.Flight(1, 2, codec.encode(new Vote(1, 1))), m2));
        assertEquals(w.hashCode(), world(node.clone(), new String[] {"heartbeat"}, m1, m2).hashCode());
        Sample other = sample();
        other.hidden = 7;
        assertNotEquals(w, world(codec.encode(other), new String[] {"heartbeat"}, m1, m2), "node state");
        assertNotEquals(w, world(node, new String[] {"election"}, m1, m2), "timers");
        assertNotEquals(w, world(node, new String[0], m1, m2), "timers");
        assertNotEquals(w, world(node, new String[] {"heartbeat"}, m2, m1), "order on a FIFO link");
        assertNotEquals(w, world(node, new String[] {"heartbeat"}, m1), "messages in flight");
        assertNotEquals(w, world(node, new String[] {"heartbeat"}, m1, m1, m2), "a duplicate in flight");
        World spent = new World(w.nodes, w.durables, w.timers, w.flights, 2, 1, 0, 0, 0, new long[0], w.roles,
                w.leaders, w.terms);
        assertNotEquals(w, spent, "fault budget spent");
        World remembered = new World(w.nodes, w.durables, w.timers, w.flights, 2, 0, 0, 0, 0, new long[] {1, 1},
                w.roles, w.leaders, w.terms);
        assertNotEquals(w, remembered, "Uniqueness's memory of past leaders");
    }
}
