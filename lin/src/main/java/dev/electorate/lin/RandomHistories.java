package dev.electorate.lin;

import dev.electorate.history.History;
import dev.electorate.history.Op;
import dev.electorate.history.OpType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Linearizable histories made by simulation, for tests and benchmarks: concurrent clients call one
 * correct object of a model ({@code mutex}, {@code fenced-lease}, {@code register}, {@code cas-register}),
 * and every operation takes effect at one instant strictly inside its interval, so the history is
 * linearizable by construction. A share of operations ends {@code info}: half of those take effect at
 * some instant after their invocation (possibly after the client gave up), half never; the client then
 * continues as a fresh process, as Jepsen's do. One seed gives one history.
 */
public final class RandomHistories {
    private RandomHistories() {}

    private static final int MAX_DURATION = 20;
    private static final int MAX_GAP = 10;
    /** Process ids of the observer that records a lease expiring, above those of the clients. */
    private static final long OBSERVER = 5_000_000;
    /** Each key of a keyed history gets its own range of process ids. */
    private static final long KEY_PROCESSES = 10_000_000;

    /**
     * A history of {@code operations} operations by {@code clients} concurrent clients of {@code model},
     * about {@code infoRate} of them indeterminate.
     */
    public static History generate(String model, int clients, int operations, double infoRate, long seed) {
        return generate(model, clients, operations, infoRate, MAX_GAP, seed);
    }

    /**
     * As {@link #generate(String, int, int, double, long)}, with clients pausing up to {@code thinkTime}
     * ticks between operations (operations last 2 to 20 ticks): many clients with long pauses give many
     * processes with few operations in flight at once.
     */
    public static History generate(String model, int clients, int operations, double infoRate, int thinkTime, long seed) {
        return History.of(new Simulation(model, clients, operations, infoRate, thinkTime, new SplittableRandom(seed), 0).run());
    }

    /**
     * A keyed history: {@code keys} independent objects of {@code model}, each with its own clients and
     * operations, interleaved in time; every value is {@code [key v]}.
     */
    public static History generateKeyed(String model, int keys, int clientsPerKey, int operationsPerKey, double infoRate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Op> merged = new ArrayList<>();
        for (long k = 0; k < keys; k++) {
            Simulation sim = new Simulation(model, clientsPerKey, operationsPerKey, infoRate, MAX_GAP, random.split(), k * KEY_PROCESSES);
            for (Op op : sim.run()) {
                merged.add(new Op(k, op.time(), op.process(), op.type(), op.f(),
                        java.util.Collections.unmodifiableList(java.util.Arrays.asList(k, op.value())), op.error()));
            }
        }
        // Time order; within a tick, key order then the key's own order, which Op.index still holds.
        List<Op> sorted = new ArrayList<>(merged);
        sorted.sort(Comparator.comparingLong(Op::time));
        List<Op> out = new ArrayList<>(sorted.size());
        for (Op op : sorted) {
            out.add(new Op(out.size(), op.time(), op.process(), op.type(), op.f(), op.value(), op.error()));
        }
        return History.of(out);
    }

    /** One operation in flight. */
    private static final class Call {
        final Client client;
        final long process;
        final String f;
        final Object input;
        Object output;
        boolean indeterminate;
        boolean succeeded;

        Call(Client client, String f, Object input) {
            this.client = client;
            this.process = client.process;
            this.f = f;
            this.input = input;
        }
    }

    /** A client: its current process and what it believes it holds. */
    private static final class Client {
        final int id;
        long process;
        boolean mayHold;
        long token;

        Client(int id, long process) {
            this.id = id;
            this.process = process;
        }
    }

    private record Event(long time, long seq, int kind, Call call, Client client) {}

    private static final int INVOKE = 0;
    private static final int EFFECT = 1;
    private static final int COMPLETE = 2;
    private static final int EXPIRE = 3;

    /** The event loop: clients, the correct object, and the history it records. */
    private static final class Simulation {
        final String model;
        final int clients;
        final double infoRate;
        final SplittableRandom random;
        final long processBase;
        int budget;
        final List<Op> history = new ArrayList<>();
        final PriorityQueue<Event> events = new PriorityQueue<>(
                Comparator.comparingLong(Event::time).thenComparingLong(Event::seq));
        long seq;
        long observers;
        // The object's state.
        Object value;
        long valueCounter;
        int holder = -1;
        long holderToken;
        long lastToken;

        final int thinkTime;

        Simulation(String model, int clients, int operations, double infoRate, int thinkTime, SplittableRandom random, long processBase) {
            this.thinkTime = thinkTime;
            Models.byName(model); // rejects unknown names
            this.model = model;
            this.clients = clients;
            this.budget = operations;
            this.infoRate = infoRate;
            this.random = random;
            this.processBase = processBase;
        }

        List<Op> run() {
            for (int c = 0; c < clients; c++) {
                schedule(random.nextInt(thinkTime + 1), INVOKE, null, new Client(c, processBase + c));
            }
            while (!events.isEmpty()) {
                Event e = events.poll();
                switch (e.kind()) {
                    case INVOKE -> invoke(e.time(), e.client());
                    case EFFECT -> effect(e.time(), e.call());
                    case COMPLETE -> complete(e.time(), e.call());
                    default -> expire(e.time(), (Long) e.call().input);
                }
            }
            return history;
        }

        void schedule(long time, int kind, Call call, Client client) {
            events.add(new Event(time, seq++, kind, call, client));
        }

        void record(long time, long process, OpType type, String f, Object value) {
            history.add(new Op(history.size(), time, process, type, f, value, type == OpType.INFO ? "timeout" : null));
        }

        void invoke(long t, Client c) {
            if (budget == 0) {
                return;
            }
            budget--;
            Call call = choose(c);
            record(t, call.process, OpType.INVOKE, call.f, call.input);
            long duration = 2 + random.nextInt(MAX_DURATION - 1);
            call.indeterminate = random.nextDouble() < infoRate;
            if (!call.indeterminate) {
                schedule(t + 1 + random.nextInt((int) duration - 1), EFFECT, call, c);
            } else if (random.nextBoolean()) {
                schedule(t + 1 + random.nextInt((int) duration + MAX_DURATION), EFFECT, call, c);
            }
            schedule(t + duration, COMPLETE, call, c);
        }

        Call choose(Client c) {
            switch (model) {
                case "register" -> {
                    return random.nextBoolean() ? new Call(c, "read", null) : new Call(c, "write", ++valueCounter);
                }
                case "cas-register" -> {
                    int pick = random.nextInt(3);
                    long a = random.nextInt(5);
                    long b = random.nextInt(5);
                    return pick == 0 ? new Call(c, "read", null) : pick == 1 ? new Call(c, "write", a)
                            : new Call(c, "cas", List.of(a, b));
                }
                case "mutex" -> {
                    // The client may have missed that an indeterminate acquire took effect: it asks again.
                    return new Call(c, c.mayHold || holder == c.id ? "release" : "acquire", null);
                }
                default -> { // fenced-lease
                    if (c.token != 0) {
                        return random.nextInt(3) == 0 ? new Call(c, "leader", null) : new Call(c, "release", c.token);
                    }
                    return random.nextInt(3) == 0 ? new Call(c, "leader", null) : new Call(c, "acquire", null);
                }
            }
        }

        void effect(long t, Call call) {
            call.succeeded = true;
            switch (call.f) {
                case "read" -> call.output = value;
                case "write" -> {
                    value = call.input;
                    call.output = call.input;
                }
                case "cas" -> {
                    List<?> oldNew = (List<?>) call.input;
                    call.succeeded = Objects.equals(value, oldNew.get(0));
                    if (call.succeeded) {
                        value = oldNew.get(1);
                    }
                    call.output = call.input;
                }
                case "acquire" -> {
                    call.succeeded = holder == -1;
                    if (call.succeeded) {
                        holder = call.client.id;
                        if (model.equals("fenced-lease")) {
                            lastToken += 1 + random.nextInt(3);
                            holderToken = lastToken;
                            call.output = lastToken;
                            if (call.indeterminate) {
                                // Its client never learns the token: the lease expires, and an observer records that.
                                schedule(t + 5 + random.nextInt(50), EXPIRE, new Call(call.client, "release", lastToken), null);
                            }
                        }
                    }
                }
                case "release" -> {
                    boolean mine = model.equals("mutex") ? holder == call.client.id : holder != -1 && holderToken == (Long) call.input;
                    call.succeeded = mine;
                    if (mine) {
                        holder = -1;
                        holderToken = 0;
                    }
                    call.output = call.input;
                }
                default -> call.output = holder == -1 ? null : holderToken; // leader
            }
        }

        void complete(long t, Call call) {
            Client c = call.client;
            if (call.indeterminate) {
                record(t, call.process, OpType.INFO, call.f, call.input);
                c.process += clients; // a crashed process never invokes again
                if (call.f.equals("acquire") && model.equals("mutex")) {
                    c.mayHold = true;
                }
                if (call.f.equals("release") && model.equals("fenced-lease")) {
                    // If it never took effect, the lease expires.
                    schedule(t + 5 + random.nextInt(50), EXPIRE, new Call(c, "release", c.token), null);
                    c.token = 0;
                }
            } else if (call.succeeded) {
                record(t, call.process, OpType.OK, call.f, call.output);
                if (call.f.equals("acquire")) {
                    c.mayHold = true;
                    c.token = model.equals("fenced-lease") ? (Long) call.output : 0;
                } else if (call.f.equals("release")) {
                    c.mayHold = false;
                    c.token = 0;
                }
            } else {
                record(t, call.process, OpType.FAIL, call.f, call.input);
                if (call.f.equals("release")) {
                    c.mayHold = false;
                    c.token = 0;
                }
            }
            if (c.id >= 0) { // observers record one expiry each
                schedule(t + random.nextInt(thinkTime + 1), INVOKE, null, c);
            }
        }

        void expire(long t, long token) {
            if (holder == -1 || holderToken != token) {
                return; // released or expired already
            }
            long process = OBSERVER + processBase + observers++;
            Client observer = new Client(-1, process);
            Call call = new Call(observer, "release", token);
            call.indeterminate = false;
            record(t, process, OpType.INVOKE, "release", token);
            schedule(t + 1, EFFECT, call, observer);
            schedule(t + 2, COMPLETE, call, observer);
        }
    }
}
