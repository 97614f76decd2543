package dev.electorate.harness.adapter;

import dev.electorate.spec.BeliefNode;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.GenericMessage;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Users' node classes that misbehave in each way a class can, on top of a correct election (the
 * highest id leads, told by a PING to everyone): the sandbox must turn each into bad input.
 */
public final class HostileNodes {

    private HostileNodes() {}

    /** A correct election: every node follows the highest id, which leads; it pings and keeps a timer. */
    public static class Fair extends BeliefNode {
        final int self;
        final int highest;

        public Fair(int self, Cluster cluster) {
            this.self = self;
            this.highest = cluster.members().stream().mapToInt(Integer::intValue).max().orElseThrow();
        }

        @Override
        public void start(Context ctx) {
            for (int other : ctx.cluster().members()) {
                if (other != self) {
                    ctx.send(other, new GenericMessage("PING", Map.of()));
                }
            }
            ctx.setTimer("tick", 5);
            leader = highest;
            role = self == highest ? Role.LEADER : Role.FOLLOWER;
        }

        @Override
        public void receive(Context ctx, int from, Message message) {}

        @Override
        public void timeout(Context ctx, String timer) {}

        @Override
        public void restart(Context ctx, Object durable) {
            start(ctx);
        }
    }

    /** Throws from its constructor. */
    public static final class ThrowsInConstructor extends Fair {
        public ThrowsInConstructor(int self, Cluster cluster) {
            super(self, cluster);
            throw new IllegalStateException("no configuration file");
        }
    }

    /** Throws when it starts. */
    public static final class ThrowsOnStart extends Fair {
        public ThrowsOnStart(int self, Cluster cluster) {
            super(self, cluster);
        }

        @Override
        public void start(Context ctx) {
            throw new UnsupportedOperationException("start is not written yet");
        }
    }

    /** Throws when a message arrives. */
    public static final class ThrowsOnReceive extends Fair {
        public ThrowsOnReceive(int self, Cluster cluster) {
            super(self, cluster);
        }

        @Override
        public void receive(Context ctx, int from, Message message) {
            throw new NullPointerException("peer table");
        }
    }

    /** Throws when its timer fires. */
    public static final class ThrowsOnTimeout extends Fair {
        public ThrowsOnTimeout(int self, Cluster cluster) {
            super(self, cluster);
        }

        @Override
        public void timeout(Context ctx, String timer) {
            throw new ArithmeticException("/ by zero");
        }
    }

    /** Throws when it restarts after a crash. */
    public static final class ThrowsOnRestart extends Fair {
        public ThrowsOnRestart(int self, Cluster cluster) {
            super(self, cluster);
        }

        @Override
        public void restart(Context ctx, Object durable) {
            throw new IllegalStateException("durable state missing");
        }
    }

    /** Recurses without end on a message. */
    public static final class OverflowsStack extends Fair {
        public OverflowsStack(int self, Cluster cluster) {
            super(self, cluster);
        }

        @Override
        public void receive(Context ctx, int from, Message message) {
            receive(ctx, from + 1, message);
        }
    }

    /** Asks for more memory than the heap has on a message. */
    public static final class ExhaustsHeap extends Fair {
        static final List<long[]> HOARD = new ArrayList<>();

        public ExhaustsHeap(int self, Cluster cluster) {
            super(self, cluster);
        }

        @Override
        public void receive(Context ctx, int from, Message message) {
            HOARD.add(new long[Integer.MAX_VALUE - 8]);
        }
    }

    /** Answers a null role. */
    public static final class NullRole extends Fair {
        public NullRole(int self, Cluster cluster) {
            super(self, cluster);
        }

        @Override
        public Role role() {
            return null;
        }
    }

    /** Loops forever on a message. */
    public static final class LoopsForever extends Fair {
        static volatile long spins;

        public LoopsForever(int self, Cluster cluster) {
            super(self, cluster);
        }

        @Override
        public void receive(Context ctx, int from, Message message) {
            while (true) {
                spins++;
            }
        }
    }

    /** Ends the JVM on a message. */
    public static final class CallsExit extends Fair {
        public CallsExit(int self, Cluster cluster) {
            super(self, cluster);
        }

        @Override
        public void receive(Context ctx, int from, Message message) {
            System.exit(42);
        }
    }

    /**
     * Answers every message with one to each other node, so messages double each round and a run
     * reaches the simulator's step cap long before its horizon; it never names a leader.
     */
    public static final class Storm extends Fair {
        public Storm(int self, Cluster cluster) {
            super(self, cluster);
        }

        @Override
        public void start(Context ctx) {
            super.start(ctx);
            role = Role.FOLLOWER;
            leader = Cluster.NONE;
        }

        @Override
        public void receive(Context ctx, int from, Message message) {
            for (int other : ctx.cluster().members()) {
                if (other != self) {
                    ctx.send(other, message);
                }
            }
        }
    }

    /** A storm in which every node believes it leads: Uniqueness breaks at once, in a run of the step cap's length. */
    public static final class StormOfLeaders extends Fair {
        public StormOfLeaders(int self, Cluster cluster) {
            super(self, cluster);
        }

        @Override
        public void start(Context ctx) {
            super.start(ctx);
            role = Role.LEADER;
            leader = self;
        }

        @Override
        public void receive(Context ctx, int from, Message message) {
            for (int other : ctx.cluster().members()) {
                if (other != self) {
                    ctx.send(other, message);
                }
            }
        }
    }
}
