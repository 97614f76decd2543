package dev.electorate.harness.sim;

import dev.electorate.harness.adapter.UserCodeException;
import dev.electorate.harness.exhaustive.StateCodec;
import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Envelope;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A deterministic discrete-event simulation of one run: virtual ticks, one thread, events ordered
 * by (tick, sequence number), every random decision drawn from {@link Choices}. The same
 * algorithm, cluster, schedule and choices give the same steps.
 */
public final class Simulator {

    private final Algorithm algorithm;
    private final Set<String> electionMessageTypes;
    private final String mutant;
    private final Cluster cluster;
    private final FaultSchedule schedule;
    private final Choices choices;
    private final StepSink sink;

    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private final Map<Integer, Slot> slots = new HashMap<>();
    private final Links links;
    /** Armed contests, oldest first (see {@link Fault.Contest}). */
    private final List<Fault.Contest> contests = new ArrayList<>();
    private final Reaction reaction = new Reaction();
    /**
     * Durable state is kept as bytes taken at the moment of {@code persist}, as a disk would keep
     * it: a node that mutates the object afterwards changes nothing that survives a crash. One codec
     * per thread (taken at each use: a codec is not thread-safe), so that what it learns of each class
     * by reflection serves every run of a check.
     */
    private static final ThreadLocal<StateCodec> DISKS = ThreadLocal.withInitial(() -> new StateCodec(
            "the durable state", "docs/protocol.md, Durable state and the order of effects, says what it may hold"));
    private long sequence;
    private long now;
    private long index;
    private long deliveries;
    private boolean stopped;
    private boolean capped;

    /** Receives each step as it happens: kept in a list, written out, or dropped for speed. */
    public interface StepSink {
        void accept(Step step);
    }

    /** A sink that keeps nothing: the simulator then skips building steps (for throughput benchmarks). */
    public static final StepSink DROP = step -> { };

    /**
     * A run stops after this many steps, as if at its horizon: only a message storm gets there (a
     * mutant whose messages never die, such as Itai-Rodeh's forget-hop-count, on links that
     * duplicate them, doubles them hop after hop until memory runs out); correct algorithms take
     * a few thousand steps at most.
     */
    public static final long MAX_STEPS = 200_000;

    public Simulator(Algorithm algorithm, String mutant, Cluster cluster, Network network,
                     FaultSchedule schedule, Choices choices, StepSink sink) {
        this.algorithm = algorithm;
        this.electionMessageTypes = algorithm.electionMessageTypes();
        this.mutant = mutant;
        this.cluster = cluster;
        this.schedule = schedule;
        this.choices = choices;
        this.sink = sink;
        this.links = new Links(network, choices, cluster.size());
        for (int id : cluster.members()) {
            slots.put(id, new Slot(id, cluster.position(id)));
        }
        for (Fault f : schedule.faults()) {
            int node = nodeOf(f);
            if (node != 0 && !slots.containsKey(node)) {
                throw new IllegalArgumentException("fault '" + f.describe() + "' names node " + node
                        + ", which is not a member of " + cluster.members());
            }
        }
    }

    /**
     * Runs until no event is due at or before {@code horizon}, or {@link #MAX_STEPS} steps; returns
     * the number of steps taken.
     */
    public long run(long horizon) {
        // Faults are queued first so that a fault due at a tick takes effect before the nodes act at it.
        for (Fault f : schedule.faults()) {
            push(Event.faultOn(f.at(), nodeOf(f), f));
            if (hasEnd(f)) {
                push(Event.faultOff(endOf(f), nodeOf(f), f));
            }
        }
        for (int id : cluster.members()) {
            push(Event.start(id));
        }
        try {
            while (!stopped && index < MAX_STEPS && !queue.isEmpty() && queue.peek().time <= horizon) {
                Event e = queue.poll();
                now = e.time;
                dispatch(e);
            }
            capped = !stopped && index >= MAX_STEPS && !queue.isEmpty() && queue.peek().time <= horizon;
        } finally {
            for (Slot s : slots.values()) {
                release(s);
            }
        }
        return index;
    }

    /**
     * Ends the run after the current event, for a caller that has seen what it needed (the first
     * election, when measuring one); called from the step sink.
     */
    public void stop() {
        stopped = true;
    }

    /**
     * Lets go of a node that holds something outside the simulation (an external process): when it
     * crashes, and at the end of the run, whether it ended normally or not.
     */
    private static void release(Slot s) {
        if (s.node instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("node " + s.id + " could not be closed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Whether the run stopped at {@link #MAX_STEPS} with events still due before its horizon: what
     * it shows holds for a prefix only, and Termination cannot be decided on it.
     */
    public boolean capped() {
        return capped;
    }

    /** The tick of the last event handled. */
    public long now() {
        return now;
    }

    /** Messages handed to nodes so far. */
    public long deliveries() {
        return deliveries;
    }

    private static boolean hasEnd(Fault f) {
        return !(f instanceof Fault.Crash) && !(f instanceof Fault.Restart);
    }

    /** When the fault's end event is due: a bounce's or contest's is its deadline to strike, not its heal. */
    private static long endOf(Fault f) {
        if (f instanceof Fault.Bounce b) {
            return b.at() + b.within();
        }
        if (f instanceof Fault.MidReaction m) {
            return m.at() + m.within();
        }
        return f instanceof Fault.Contest c ? c.at() + c.within() : f.healsAt();
    }

    private static int nodeOf(Fault f) {
        if (f instanceof Fault.Crash c) {
            return c.node();
        } else if (f instanceof Fault.Restart r) {
            return r.node();
        } else if (f instanceof Fault.Bounce b) {
            return b.node();
        } else if (f instanceof Fault.MidReaction m) {
            return m.node();
        } else if (f instanceof Fault.Pause p) {
            return p.node();
        } else if (f instanceof Fault.ClockSkew s) {
            return s.node();
        }
        return 0;
    }

    private void dispatch(Event e) {
        try {
            switch (e.kind) {
                case START -> start(e);
                case DELIVER -> deliver(e);
                case FIRE -> fire(e);
                case FAULT_ON -> faultOn(e.fault);
                case FAULT_OFF -> faultOff(e.fault);
            }
        } catch (UserCodeException failed) {
            throw failed.atTick(now); // only the simulator knows when, in the run's own time
        }
    }

    private void start(Event e) {
        Slot s = slots.get(e.node);
        if (s.incarnation > 0) {
            return; // crashed before it ever started; a Restart brings it up
        }
        if (s.paused) {
            s.held.add(e);
            return;
        }
        s.node = algorithm.create(e.node, cluster, mutant);
        s.up = true;
        react(s, Step.Kind.START, 0, null, null);
    }

    private void deliver(Event e) {
        Slot s = slots.get(e.node);
        String lost = null;
        if (!s.up && !s.paused) {
            lost = "receiver is down";
        } else {
            lost = links.loses(e.from, e.node);
        }
        if (lost != null) {
            emitFault(e.node, "Lose", e.from, e.message, lost);
            return;
        }
        if (s.paused) {
            s.held.add(e);
            return;
        }
        deliveries++;
        react(s, Step.Kind.RECEIVE, e.from, e.message, null);
        if (s.bounce != null && isElectionMessage(e.message)) {
            strike(s);
        }
        if (!contests.isEmpty() && isElectionMessage(e.message)) {
            contest(s, e.from);
        }
    }

    private void fire(Event e) {
        Slot s = slots.get(e.node);
        Long current = s.timers.get(e.timer);
        if (!s.up || e.incarnation != s.incarnation || current == null || current != e.generation) {
            return;
        }
        if (s.paused) {
            s.held.add(e);
            return;
        }
        s.timers.remove(e.timer);
        react(s, Step.Kind.TIMEOUT, 0, null, e.timer);
    }

    private void faultOn(Fault f) {
        if (f instanceof Fault.Crash c) {
            crash(slots.get(c.node()), f);
        } else if (f instanceof Fault.Bounce b) {
            slots.get(b.node()).bounce = b;
        } else if (f instanceof Fault.MidReaction m) {
            slots.get(m.node()).midReaction = m;
        } else if (f instanceof Fault.Contest c) {
            contests.add(c);
        } else if (f instanceof Fault.Restart r) {
            Slot s = slots.get(r.node());
            if (s.up) {
                return;
            }
            s.node = algorithm.create(s.id, cluster, mutant);
            s.up = true;
            s.incarnation++;
            react(s, Step.Kind.RESTART, 0, null, null);
        } else if (f instanceof Fault.Pause p) {
            Slot s = slots.get(p.node());
            boolean notStarted = s.incarnation == 0 && !s.up;
            if ((!s.up && !notStarted) || s.paused) {
                return;
            }
            s.paused = true;
            emitFault(s.id, "Pause", 0, null, f.describe());
        } else if (f instanceof Fault.ClockSkew k) {
            Slot s = slots.get(k.node());
            s.rebase(now, k.ratePerMille());
            emitFault(s.id, "ClockSkew", 0, null, f.describe());
        } else {
            String action = links.begin(f);
            if (action != null) {
                emitFault(0, action, 0, null, f.describe());
            }
        }
    }

    private void faultOff(Fault f) {
        if (f instanceof Fault.Bounce b) {
            strike(slots.get(b.node()));
        } else if (f instanceof Fault.MidReaction m) {
            Slot s = slots.get(m.node());
            if (s.midReaction == m) {
                // No reaction of two effects came: it crashes between reactions, at its deadline.
                s.midReaction = null;
                if (s.up) {
                    crashUntil(s, m, now + m.down());
                }
            }
        } else if (f instanceof Fault.Contest c) {
            contests.remove(c);
        } else if (f instanceof Fault.Pause p) {
            Slot s = slots.get(p.node());
            if (!s.paused) {
                return;
            }
            s.paused = false;
            emitFault(s.id, "Resume", 0, null, f.describe());
            // The process catches up on what arrived and what expired while it was stopped.
            List<Event> held = new ArrayList<>(s.held);
            s.held.clear();
            for (Event e : held) {
                if (e.kind == EventKind.START) {
                    start(e);
                } else if (e.kind == EventKind.DELIVER) {
                    if (s.up) {
                        deliveries++;
                        react(s, Step.Kind.RECEIVE, e.from, e.message, null);
                    }
                } else {
                    fire(e);
                }
            }
        } else if (f instanceof Fault.ClockSkew k) {
            Slot s = slots.get(k.node());
            s.rebase(now, 1000);
            emitFault(s.id, "ClockSkewEnd", 0, null, f.describe());
        } else {
            String action = links.end(f);
            if (action != null) {
                emitFault(0, action, 0, null, f.describe());
            }
        }
    }

    private void crash(Slot s, Fault f) {
        if (!s.up) {
            return;
        }
        s.up = false;
        s.paused = false;
        s.held.clear();
        s.timers.clear();
        s.incarnation++;
        release(s);
        s.node = null;
        emit(Step.crash(index++, now, s.id, f.describe()));
    }

    /**
     * Whether targeted faults aim at this message: one of the algorithm's (or the user's declared)
     * election message types, or any message when none is named.
     */
    private boolean isElectionMessage(Message message) {
        return electionMessageTypes.isEmpty() || electionMessageTypes.contains(message.type());
    }

    /**
     * The oldest armed contest goes off at {@code s} if a rival election message (another sender's)
     * is on its way to it and due at least two ticks from now: {@code s} crashes now and restarts
     * before the rival arrives.
     */
    private void contest(Slot s, int from) {
        if (!s.up) {
            return;
        }
        long rival = Long.MAX_VALUE;
        for (Event q : queue) {
            if (q.kind == EventKind.DELIVER && q.node == s.id && q.from != from && q.time >= now + 2
                    && isElectionMessage(q.message)) {
                rival = Math.min(rival, q.time);
            }
        }
        if (rival == Long.MAX_VALUE) {
            return;
        }
        Fault.Contest c = contests.remove(0);
        crashUntil(s, c, Math.min(now + c.down(), rival - 1));
    }

    /** An aimed fault goes off: {@code s} crashes now and its restart is queued for {@code restartAt}. */
    private void crashUntil(Slot s, Fault cause, long restartAt) {
        crash(s, cause);
        Fault restart = new Fault.Restart(restartAt, s.id);
        push(Event.faultOn(restart.at(), s.id, restart));
    }

    /** An armed bounce goes off: the node crashes now and its restart is queued. */
    private void strike(Slot s) {
        Fault.Bounce b = s.bounce;
        if (b == null) {
            return;
        }
        s.bounce = null;
        if (!s.up) {
            return; // already down by another fault: the bounce has nothing to crash
        }
        crashUntil(s, b, now + b.down());
    }

    private void react(Slot s, Step.Kind kind, int from, Message message, String timer) {
        reaction.begin(s);
        switch (kind) {
            case START -> s.node.start(reaction);
            case RECEIVE -> s.node.receive(reaction, from, message);
            case TIMEOUT -> s.node.timeout(reaction, timer);
            case RESTART -> s.node.restart(reaction, s.durable == null ? null : DISKS.get().decode(s.durable));
            default -> throw new IllegalStateException("not a reaction: " + kind);
        }
        String action = reaction.action != null ? reaction.action : kind.name().toLowerCase(java.util.Locale.ROOT);
        List<Envelope> sent = reaction.sent;
        if (sink != DROP) {
            emit(Step.reaction(index, now, kind, s.id, action, from, message, timer, sent,
                    reaction.vars, s.node.role(), s.node.leader(), s.node.term()));
        }
        index++;
        List<Object> effects = reaction.effects;
        reaction.end();
        Fault.MidReaction cut = s.midReaction;
        int done = effects.size();
        if (cut != null && done >= 2) {
            // The crash falls after a prefix of the effects, at least one and not all, drawn from the
            // run's choices so that replaying and shrinking the choices keep where it fell.
            done = 1 + choices.below(done - 1);
            s.midReaction = null;
        } else {
            cut = null;
        }
        for (int i = 0; i < done; i++) {
            Object effect = effects.get(i);
            if (effect instanceof byte[] bytes) {
                s.durable = bytes;
            } else {
                transmit((Envelope) effect);
            }
        }
        if (cut != null) {
            crashUntil(s, cut, now + cut.down());
            // The sends it never made are lost with it: recorded after the crash, last first, so that
            // a spec can take each from the end of its link (see tla/README.md).
            for (int i = effects.size() - 1; i >= done; i--) {
                if (effects.get(i) instanceof Envelope env) {
                    emitFault(env.to(), "Lose", env.from(), env.message(),
                            "never sent: node " + s.id + " crashed inside the reaction that sends it");
                }
            }
        }
    }

    private void transmit(Envelope env) {
        Slot to = slots.get(env.to());
        Slot from = slots.get(env.from());
        schedule(from, to, env);
        if (links.duplicates()) {
            emitFault(env.to(), "Duplicate", env.from(), env.message(), "duplicated by the network");
            schedule(from, to, env);
        }
    }

    private void schedule(Slot from, Slot to, Envelope env) {
        long arrival = links.arrival(now, from.position, to.position);
        push(Event.delivery(arrival, env));
    }

    private void emitFault(int node, String action, int from, Message message, String detail) {
        // A message-level fault leaves the node's beliefs as they were.
        Slot s = node == 0 ? null : slots.get(node);
        boolean live = s != null && s.up && s.node != null;
        Role role = live ? s.node.role() : Role.IDLE;
        int leader = live ? s.node.leader() : Cluster.NONE;
        long term = live ? s.node.term() : 0;
        emit(Step.fault(index++, now, node, action, from, message, role, leader, term, s != null && s.up, detail));
    }

    private void emit(Step step) {
        sink.accept(step);
    }

    private void push(Event e) {
        queue.add(e.withSequence(sequence++));
    }

    private enum EventKind { START, DELIVER, FIRE, FAULT_ON, FAULT_OFF }

    /** Something due at a tick; ties broken by the order in which events were scheduled. */
    private record Event(long time, EventKind kind, int node, int from, Message message, String timer,
                         long generation, long incarnation, Fault fault, long sequence) implements Comparable<Event> {
        /** A node's start, due at tick 0. */
        static Event start(int node) {
            return new Event(0, EventKind.START, node, 0, null, null, 0, 0, null, 0);
        }

        /** The arrival of {@code envelope} at its receiver at tick {@code at}. */
        static Event delivery(long at, Envelope envelope) {
            return new Event(at, EventKind.DELIVER, envelope.to(), envelope.from(), envelope.message(), null, 0, 0,
                    null, 0);
        }

        /**
         * The firing of {@code node}'s timer at tick {@code at}, stale unless the timer's generation and
         * the node's incarnation are still these when it comes due.
         */
        static Event timer(long at, int node, String timer, long generation, long incarnation) {
            return new Event(at, EventKind.FIRE, node, 0, null, timer, generation, incarnation, null, 0);
        }

        /** The start of {@code fault} at tick {@code at}, aimed at {@code node} (0 for network-wide faults). */
        static Event faultOn(long at, int node, Fault fault) {
            return new Event(at, EventKind.FAULT_ON, node, 0, null, null, 0, 0, fault, 0);
        }

        /** The end of a lasting {@code fault} at tick {@code at}. */
        static Event faultOff(long at, int node, Fault fault) {
            return new Event(at, EventKind.FAULT_OFF, node, 0, null, null, 0, 0, fault, 0);
        }

        Event withSequence(long seq) {
            return new Event(time, kind, node, from, message, timer, generation, incarnation, fault, seq);
        }

        @Override
        public int compareTo(Event o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    /** A node's place in the simulation: its instance, status, timers, clock and durable state. */
    private static final class Slot {
        final int id;
        final int position;
        Node node;
        boolean up;
        boolean paused;
        long incarnation;
        /** The bytes of what the node last persisted, or null. */
        byte[] durable;
        final Map<String, Long> timers = new HashMap<>();
        final ArrayDeque<Event> held = new ArrayDeque<>();
        long timerGeneration;
        long localBase;
        long realBase;
        int ratePerMille = 1000;
        Fault.Bounce bounce;
        Fault.MidReaction midReaction;

        Slot(int id, int position) {
            this.id = id;
            this.position = position;
        }

        long localNow(long realNow) {
            return localBase + (realNow - realBase) * ratePerMille / 1000;
        }

        void rebase(long realNow, int newRate) {
            localBase = localNow(realNow);
            realBase = realNow;
            ratePerMille = newRate;
        }

        /** Real ticks until a timer of {@code localDelay} local ticks fires. */
        long realDelay(long localDelay) {
            return ratePerMille == 1000 ? localDelay : (localDelay * 1000 + ratePerMille - 1) / ratePerMille;
        }
    }

    /** The context a node sees during one reaction; reused, and closed once the reaction ends. */
    private final class Reaction implements Context {
        Slot slot;
        String action;
        Map<String, Object> vars = Map.of();
        List<Envelope> sent = new ArrayList<>();
        /**
         * Sends (an {@link Envelope}) and writes (the bytes persisted) in the order the node made
         * them; they take effect when the reaction ends, and a crash inside it keeps only a prefix.
         */
        List<Object> effects = new ArrayList<>();

        void begin(Slot s) {
            slot = s;
            action = null;
            vars = Map.of();
            sent = new ArrayList<>(2);
            effects = new ArrayList<>(3);
        }

        void end() {
            slot = null;
        }

        private Slot live() {
            if (slot == null) {
                throw new IllegalStateException("a node used its context outside a reaction");
            }
            return slot;
        }

        @Override
        public int self() {
            return live().id;
        }

        @Override
        public Cluster cluster() {
            return cluster;
        }

        @Override
        public long now() {
            return live().localNow(Simulator.this.now);
        }

        @Override
        public void send(int to, Message message) {
            Slot s = live();
            if (!slots.containsKey(to)) {
                throw new IllegalArgumentException("node " + s.id + " sent " + message + " to " + to
                        + ", which is not a member of " + cluster.members());
            }
            Envelope env = new Envelope(s.id, to, message);
            sent.add(env);
            effects.add(env);
        }

        @Override
        public void setTimer(String timer, long delay) {
            Slot s = live();
            if (delay < 0) {
                throw new IllegalArgumentException("node " + s.id + " set timer " + timer + " with negative delay " + delay);
            }
            long generation = ++s.timerGeneration;
            s.timers.put(timer, generation);
            push(Event.timer(Simulator.this.now + s.realDelay(delay), s.id, timer, generation, s.incarnation));
        }

        @Override
        public void cancelTimer(String timer) {
            live().timers.remove(timer);
        }

        @Override
        public int random(int bound) {
            if (bound < 1) {
                throw new IllegalArgumentException("random bound must be at least 1, got " + bound);
            }
            return choices.below(bound);
        }

        @Override
        public void persist(Object durable) {
            live();
            byte[] bytes = DISKS.get().encode(durable);
            int last = effects.size() - 1;
            // Writes with no send between them reach the disk as one: the last replaces the others.
            if (last >= 0 && effects.get(last) instanceof byte[]) {
                effects.set(last, bytes);
            } else {
                effects.add(bytes);
            }
        }

        @Override
        public void record(String actionName, Map<String, ?> values) {
            Slot s = live();
            if (action != null) {
                throw new IllegalStateException("node " + s.id + " recorded two actions in one reaction: "
                        + action + " then " + actionName);
            }
            action = actionName;
            @SuppressWarnings("unchecked")
            Map<String, Object> recorded = (Map<String, Object>) values;
            vars = recorded; // Step copies it

        }
    }
}
