package dev.electorate.harness.exhaustive;

import dev.electorate.spec.Role;
import java.util.Arrays;

/**
 * One state of the exhaustive exploration: every node's whole state as canonical bytes, its
 * pending timers, its durable state, the messages in flight, the fault budgets spent and the
 * leaders seen per term (what Uniqueness remembers). Two worlds are equal exactly when all of
 * that is; the nodes' beliefs are kept beside it for the properties but are not part of it,
 * being a function of the node bytes.
 */
final class World {

    /** Per node: its object graph's bytes, or null while down or not yet started. */
    final byte[][] nodes;
    /** Per node: the bytes of what it last persisted, or null. */
    final byte[][] durables;
    /** Per node: its pending timers' names, sorted. */
    final String[][] timers;
    /** Messages in flight: per link in sending order, links in (from, to) order; without FIFO, sorted. */
    final Flight[] flights;
    /** Nodes started so far (they start in ring order before anything else happens). */
    final int started;
    final int crashes;
    final int early;
    final int losses;
    final int duplicates;
    /** Uniqueness's memory: (term, first leader of that term) pairs, by term. */
    final long[] termLeaders;
    private final int hash;

    // Beliefs, derived from the node bytes.
    final Role[] roles;
    final int[] leaders;
    final long[] terms;
    /**
     * Per node: the epoch, round or stamp it last recorded (0 before), which the timer rules read
     * ({@link TimerRule#epoch}).
     */
    final long[] epochs;

    World(byte[][] nodes, byte[][] durables, String[][] timers, Flight[] flights, int started, int crashes,
          int early, int losses, int duplicates, long[] termLeaders, Role[] roles, int[] leaders, long[] terms) {
        this(nodes, durables, timers, flights, started, crashes, early, losses, duplicates, termLeaders, roles, leaders,
                terms, new long[nodes.length]);
    }

    World(byte[][] nodes, byte[][] durables, String[][] timers, Flight[] flights, int started, int crashes,
          int early, int losses, int duplicates, long[] termLeaders, Role[] roles, int[] leaders, long[] terms,
          long[] epochs) {
        this.nodes = nodes;
        this.durables = durables;
        this.timers = timers;
        this.flights = flights;
        this.started = started;
        this.crashes = crashes;
        this.early = early;
        this.losses = losses;
        this.duplicates = duplicates;
        this.termLeaders = termLeaders;
        this.roles = roles;
        this.leaders = leaders;
        this.terms = terms;
        this.epochs = epochs;
        long h = started;
        h = mix(h, crashes);
        h = mix(h, early);
        h = mix(h, losses);
        h = mix(h, duplicates);
        for (byte[] n : nodes) {
            h = mix(h, bytes(n));
        }
        for (byte[] d : durables) {
            h = mix(h, bytes(d));
        }
        for (String[] t : timers) {
            h = mix(h, Arrays.hashCode(t));
        }
        for (Flight f : flights) {
            h = mix(h, f.hashCode());
        }
        for (long p : termLeaders) {
            h = mix(h, p);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        this.hash = (int) (h ^ (h >>> 32));
    }

    /** One more value into a running 64-bit hash; the states of one exploration differ in few bits, so mix well. */
    private static long mix(long h, long v) {
        h ^= v * 0x9E3779B97F4A7C15L;
        return Long.rotateLeft(h, 27) * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
    }

    /** Reads eight bytes at a time: hashing the states' bytes is most of what a merged successor costs. */
    private static final java.lang.invoke.VarHandle WORDS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    static long bytes(byte[] b) {
        if (b == null) {
            return 0x51ED27L;
        }
        long h = b.length;
        int i = 0;
        for (; i + 8 <= b.length; i += 8) {
            h = mix(h, (long) WORDS.get(b, i));
        }
        long tail = 0;
        for (int k = 0; i < b.length; i++, k++) {
            tail |= (b[i] & 0xFFL) << (8 * k);
        }
        return mix(h, tail);
    }

    boolean up(int slot) {
        return nodes[slot] != null;
    }

    /** The state's size in bytes, for the memory estimate. */
    int bytes() {
        int b = 0;
        for (byte[] n : nodes) {
            b += n == null ? 0 : n.length;
        }
        for (Flight f : flights) {
            b += f.bytes().length;
        }
        return b;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof World w) || w.hash != hash) {
            return false;
        }
        return started == w.started && crashes == w.crashes && early == w.early && losses == w.losses
                && duplicates == w.duplicates && Arrays.equals(termLeaders, w.termLeaders)
                && same(nodes, w.nodes) && same(durables, w.durables) && Arrays.equals(flights, w.flights)
                && Arrays.deepEquals(timers, w.timers);
    }

    private static boolean same(byte[][] a, byte[][] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i] && !Arrays.equals(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /** A message in flight: sender, receiver and the message's canonical bytes. */
    record Flight(int from, int to, byte[] bytes, int hash) implements Comparable<Flight> {

        /** The hash is worked out once, when the message is sent: a world hashes its flights at every step. */
        Flight(int from, int to, byte[] bytes) {
            this(from, to, bytes, (int) World.bytes(bytes) * 961 + from * 31 + to);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Flight f && f.hash == hash && f.from == from && f.to == to
                    && Arrays.equals(f.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        /** By link, then by bytes (used only where links do not keep order). */
        @Override
        public int compareTo(Flight o) {
            int c = Integer.compare(from, o.from);
            if (c == 0) {
                c = Integer.compare(to, o.to);
            }
            return c != 0 ? c : Arrays.compare(bytes, o.bytes);
        }

        /** By link only, so that a stable sort keeps each link's sending order. */
        static int compareLinks(Flight a, Flight b) {
            int c = Integer.compare(a.from, b.from);
            return c != 0 ? c : Integer.compare(a.to, b.to);
        }

        boolean sameLink(Flight o) {
            return from == o.from && to == o.to;
        }
    }
}
