package dev.electorate.harness.exhaustive;

import dev.electorate.harness.exhaustive.World.Flight;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Envelope;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Takes one world and one enabled event to the next world by running the real Java node on a
 * fresh copy of its state: what the explorer expands and what a replay re-executes, so both see
 * the same steps.
 *
 * <p>Time is abstract, as in the TLA+ specifications: a timer has no deadline, and when it may fire
 * is the algorithm's {@link TimerRule}, its spec's timeout oracle: by default once every message in
 * flight has been delivered or lost (the network is quiet, which is what the synchronous algorithms'
 * timeouts stand for), and otherwise only as one of the model's {@code MaxEarly} early timeouts.
 * Nodes that read the clock see it stand still.
 */
final class Engine {

    /** What can happen next. */
    enum Kind {
        START("start"), DELIVER("deliver"), LOSE("lose"), DUPLICATE("duplicate"), TIMEOUT("timeout"),
        EARLY_TIMEOUT("early-timeout"), CRASH("crash"), RESTART("restart");

        final String word;

        Kind(String word) {
            this.word = word;
        }

        static Kind of(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown move '" + word + "'; accepted: start, deliver, lose, duplicate,"
                    + " timeout, early-timeout, crash, restart");
        }
    }

    /**
     * An enabled event of one world: {@code flight} indexes its flights, {@code timer} names a pending timer;
     * {@code crash}: the reacting node crashes inside the reaction, after a prefix of its effects that the
     * draw following the node's own draws chooses (see {@link #apply}).
     */
    record Option(Kind kind, int slot, int flight, String timer, boolean crash) {

        Option(Kind kind, int slot, int flight, String timer) {
            this(kind, slot, flight, timer, false);
        }

        /** The same event, the node crashing inside its reaction. */
        Option crashing() {
            return new Option(kind, slot, flight, timer, true);
        }
    }

    private static final String[] NO_TIMERS = new String[0];
    private static final Flight[] NO_FLIGHTS = new Flight[0];

    final Algorithm algorithm;
    final String mutant;
    final Cluster cluster;
    final ModelBounds bounds;
    final StateCodec codec = new StateCodec();
    private final int[] ids;
    private final boolean fifo;
    private final TimerRule timerRule;
    private final Reaction reaction = new Reaction();
    private final java.util.HashMap<ReactionKey, Reacted> memo = new java.util.HashMap<>();
    private final java.util.HashMap<Bytes, Bytes> interned = new java.util.HashMap<>();

    /** Whether reactions may be cut by a crash (the model allowing crashes); off for conformance, the specs' actions being atomic. */
    boolean crashInside = true;
    /** Whether a node ever read the clock (it stands still here) where the timer rule does not stand for it. */
    boolean clockRead;
    /** Whether to take a reaction met before from the memo (off only to test the memo against fresh runs). */
    boolean memoize = true;
    /** Whether to build the {@link Step} of each move (paths and replays) or skip it (exploring). */
    boolean recording;
    /** Whether the last move's reaction read the clock. */
    boolean lastClock;
    /** The step of the last move, when recording. */
    Step lastStep;
    /** When recording a reaction cut by a crash: the crash and the sends it cut off, after {@link #lastStep}. */
    List<Step> lastCut = List.of();
    /** The spec variables the last reacting node recorded (empty for faults). */
    Map<String, Object> lastVars = Map.of();
    /** The action the last reacting node recorded (null for faults). */
    String lastAction;
    /** The messages the last reacting node sent, as they are now in flight. */
    Flight[] lastSent = new Flight[0];
    /** The bound of each random draw of the last move, in order; its length is the number of draws. */
    int[] lastBounds = new int[0];
    private long stepIndex;

    Engine(Algorithm algorithm, String mutant, Cluster cluster, ModelBounds bounds) {
        this.algorithm = algorithm;
        this.mutant = mutant;
        this.cluster = cluster;
        this.bounds = bounds;
        this.fifo = !algorithm.assumptions().reordering();
        this.ids = cluster.members().stream().mapToInt(Integer::intValue).toArray();
        this.timerRule = TimerRule.of(algorithm.name(), bounds, ids).reading(this::message);
        codec.constant(cluster);
        codec.constant(cluster.members());
        codec.constant(mutant);
    }

    World initial() {
        int n = ids.length;
        String[][] timers = new String[n][];
        Arrays.fill(timers, NO_TIMERS);
        Role[] roles = new Role[n];
        Arrays.fill(roles, Role.IDLE);
        int[] leaders = new int[n];
        Arrays.fill(leaders, Cluster.NONE);
        return new World(new byte[n][], new byte[n][], timers, new World.Flight[0], 0, 0, 0, 0, 0, new long[0],
                roles, leaders, new long[n], new long[n]);
    }

    /** The steps of the last move, when recording: one, or a cut reaction's step, its crash and its lost sends. */
    List<Step> lastSteps() {
        if (lastStep == null) {
            return List.of();
        }
        List<Step> out = new ArrayList<>(1 + lastCut.size());
        out.add(lastStep);
        out.addAll(lastCut);
        return out;
    }

    /** Resets the step counter, for a path or replay that begins at the initial world. */
    void restartSteps() {
        stepIndex = 0;
    }

    int slotOf(int id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("node " + id + " is not a member of " + cluster.members());
    }

    /** The events enabled in {@code w}, in a fixed order. */
    void options(World w, List<Option> out) {
        out.clear();
        if (w.started < ids.length) {
            out.add(new Option(Kind.START, w.started, -1, null));
            crashingReactions(w, out);
            return;
        }
        Flight[] flights = w.flights;
        for (int f = 0; f < flights.length; f++) {
            Flight fl = flights[f];
            boolean head = f == 0 || !flights[f - 1].sameLink(fl);
            // FIFO: only a link's oldest message can arrive; otherwise any, equal ones counted once.
            if (fifo ? !head : (f > 0 && flights[f - 1].equals(fl))) {
                continue;
            }
            int to = slotOf(fl.to());
            if (w.up(to)) {
                out.add(new Option(Kind.DELIVER, to, f, null));
                if (w.losses < bounds.losses()) {
                    out.add(new Option(Kind.LOSE, to, f, null));
                }
            } else {
                out.add(new Option(Kind.LOSE, to, f, null));
            }
            if (w.duplicates < bounds.duplicates()) {
                out.add(new Option(Kind.DUPLICATE, to, f, null));
            }
        }
        boolean quiet = flights.length == 0;
        for (int i = 0; i < ids.length; i++) {
            if (!w.up(i)) {
                continue;
            }
            for (String t : w.timers[i]) {
                switch (timerRule.when(w, i, t, quiet)) {
                    case ON_TIME -> out.add(new Option(Kind.TIMEOUT, i, -1, t));
                    case EARLY -> {
                        if (w.early < bounds.early()) {
                            out.add(new Option(Kind.EARLY_TIMEOUT, i, -1, t));
                        }
                    }
                    case NEVER -> { }
                }
            }
        }
        for (int i = 0; i < ids.length; i++) {
            if (w.up(i) && w.crashes < bounds.crashes() && bounds.crashable().contains(ids[i])) {
                out.add(new Option(Kind.CRASH, i, -1, null));
            }
        }
        for (int i = 0; i < ids.length; i++) {
            if (!w.up(i) && i < w.started) {
                out.add(new Option(Kind.RESTART, i, -1, null));
            }
        }
        crashingReactions(w, out);
    }

    /**
     * Each reaction listed in {@code out} once more with a crash inside it, while the model's crash budget
     * lasts and names the node (after the other events, so that the shortest paths without such a crash
     * are found as before). A reaction of fewer than two effects has no inside: {@link #apply} gives null.
     */
    private void crashingReactions(World w, List<Option> out) {
        if (!crashInside || w.crashes >= bounds.crashes()) {
            return;
        }
        int listed = out.size();
        for (int k = 0; k < listed; k++) {
            Option o = out.get(k);
            boolean reaction = switch (o.kind()) {
                case START, DELIVER, TIMEOUT, EARLY_TIMEOUT, RESTART -> true;
                default -> false;
            };
            if (reaction && bounds.crashable().contains(ids[o.slot()])) {
                out.add(o.crashing());
            }
        }
    }

    /** The world after {@code o}, the node's random calls returning {@code draws} (then 0s). */
    World apply(World w, Option o, int[] draws) {
        int i = o.slot();
        int id = ids[i];
        byte[][] nodes = w.nodes;
        byte[][] durables = w.durables;
        String[][] timers = w.timers;
        Flight[] flights = w.flights;
        Role[] roles = w.roles;
        int[] leaders = w.leaders;
        long[] terms = w.terms;
        long[] epochs = w.epochs;
        long[] termLeaders = w.termLeaders;
        int started = w.started;
        int crashes = w.crashes;
        int early = w.early;
        int losses = w.losses;
        int duplicates = w.duplicates;
        lastBounds = new int[0];
        lastVars = Map.of();
        lastStep = null;
        lastClock = false;
        lastCut = List.of();
        lastAction = null;
        lastSent = NO_FLIGHTS;
        switch (o.kind()) {
            case LOSE, DUPLICATE -> {
                Flight fl = flights[o.flight()];
                boolean live = w.up(i);
                if (o.kind() == Kind.LOSE) {
                    flights = without(flights, o.flight());
                    if (live) {
                        losses++;
                    }
                } else {
                    flights = with(flights, new Flight[] {fl});
                    duplicates++;
                }
                if (recording) {
                    lastStep = Step.fault(stepIndex, stepIndex, id,
                            o.kind() == Kind.LOSE ? "Lose" : "Duplicate", fl.from(), message(fl),
                            roles[i], leaders[i], terms[i], live,
                            o.kind() == Kind.DUPLICATE ? "duplicated by the network"
                                    : live ? "lost by the network" : "receiver is down");
                }
                stepIndex++;
                return new World(nodes, durables, timers, flights, started, crashes, early, losses, duplicates,
                        termLeaders, roles, leaders, terms, epochs);
            }
            case CRASH -> {
                nodes = nodes.clone();
                nodes[i] = null;
                timers = timers.clone();
                timers[i] = NO_TIMERS;
                roles = roles.clone();
                roles[i] = Role.IDLE;
                leaders = leaders.clone();
                leaders[i] = Cluster.NONE;
                terms = terms.clone();
                terms[i] = 0;
                crashes++;
                termLeaders = ended(termLeaders, w, i, Role.IDLE, 0);
                if (recording) {
                    lastStep = Step.crash(stepIndex, stepIndex, id, "crash " + id);
                }
                stepIndex++;
                return new World(nodes, durables, timers, flights, started, crashes, early, losses, duplicates,
                        termLeaders, roles, leaders, terms, epochs);
            }
            default -> {
                // A reaction of node i.
            }
        }
        if (o.kind() == Kind.TIMEOUT || o.kind() == Kind.EARLY_TIMEOUT) {
            if (Arrays.binarySearch(timers[i], o.timer()) < 0) {
                throw new IllegalArgumentException("node " + id + " has no pending timer " + o.timer());
            }
            if (o.kind() == Kind.EARLY_TIMEOUT) {
                early++;
            }
        }
        Flight delivered = null;
        if (o.kind() == Kind.DELIVER) {
            delivered = flights[o.flight()];
            flights = without(flights, o.flight());
        } else if (o.kind() == Kind.START) {
            started++;
        }
        Reacted r = null;
        if (o.crash() && draws.length > 0) {
            // The last draw places the crash, not the node's: the reaction itself is the one without it.
            Reacted whole = react(o.kind(), i, nodes[i], durables[i], timers[i], delivered, o.timer(),
                    Arrays.copyOf(draws, draws.length - 1));
            if (whole.bounds.length == draws.length - 1) {
                r = whole;
            }
        }
        if (r == null) {
            r = react(o.kind(), i, nodes[i], durables[i], timers[i], delivered, o.timer(), draws);
        }
        lastClock = r.clock;
        if (o.crash()) {
            return crashInside(w, o, r, draws, flights, started, early);
        }
        lastBounds = r.bounds;
        lastVars = r.vars;
        lastAction = r.action;
        lastSent = r.sent;
        nodes = nodes.clone();
        nodes[i] = r.node;
        timers = timers.clone();
        timers[i] = r.timers;
        if (r.persisted) {
            durables = durables.clone();
            durables[i] = r.durable;
        }
        if (r.sent.length > 0) {
            flights = with(flights, r.sent);
        }
        Role role = r.role;
        int leader = r.leader;
        long term = r.term;
        roles = roles.clone();
        roles[i] = role;
        leaders = leaders.clone();
        leaders[i] = leader;
        terms = terms.clone();
        terms[i] = term;
        for (String v : TimerRule.EPOCH) {
            Long e = TimerRule.epoch(r.vars.get(v));
            if (e != null && e != epochs[i]) {
                epochs = epochs.clone();
                epochs[i] = e;
            }
        }
        termLeaders = ended(termLeaders, w, i, role, term);
        if (role == Role.LEADER && term != 0) {
            termLeaders = remember(termLeaders, term, id);
        }
        if (recording) {
            lastStep = r.step;
        }
        stepIndex++;
        return new World(nodes, durables, timers, flights, started, crashes, early, losses, duplicates,
                termLeaders, roles, leaders, terms, epochs);
    }

    /**
     * The world after reaction {@code r} of {@code o}'s node was cut by a crash, as the simulator cuts one
     * (docs/protocol.md, Durable state and the order of effects): of its effects (sends, and writes of the
     * durable state, consecutive writes counting as one) a prefix takes place, at least one and not all,
     * its length one more than the draw after the node's own ({@code draws[r.bounds.length]}, below the
     * number of effects less one); then the node is down, its volatile state and timers gone, its durable
     * state the last write of the prefix (or what it held before). The steps recorded are the simulator's:
     * the whole reaction, the crash, and each send cut off as a {@code Lose}, last first. Null when the
     * reaction made fewer than two effects, which leaves no inside to crash in.
     */
    private World crashInside(World w, Option o, Reacted r, int[] draws, Flight[] flights, int started, int early) {
        int effects = r.order.length;
        if (effects < 2) {
            lastBounds = r.bounds;
            return null;
        }
        int nodeDraws = r.bounds.length;
        int done = 1 + (draws.length > nodeDraws ? draws[nodeDraws] : 0);
        if (done < 1 || done >= effects) {
            throw new IllegalArgumentException("a crash inside a reaction of " + effects + " effects falls after 1 to "
                    + (effects - 1) + " of them, not " + done);
        }
        int i = o.slot();
        int id = ids[i];
        lastBounds = Arrays.copyOf(r.bounds, nodeDraws + 1);
        lastBounds[nodeDraws] = effects - 1;
        lastVars = r.vars;
        lastAction = r.action;
        List<Flight> made = new ArrayList<>();
        byte[][] durables = w.durables;
        for (int k = 0; k < done; k++) {
            int e = r.order[k];
            if (e >= 0) {
                made.add(r.sent[e]);
            } else {
                durables = durables.clone();
                durables[i] = r.writes[-1 - e];
            }
        }
        lastSent = made.toArray(NO_FLIGHTS);
        if (lastSent.length > 0) {
            flights = with(flights, lastSent);
        }
        byte[][] nodes = w.nodes.clone();
        nodes[i] = null;
        String[][] timers = w.timers.clone();
        timers[i] = NO_TIMERS;
        Role[] roles = w.roles.clone();
        roles[i] = Role.IDLE;
        int[] leaders = w.leaders.clone();
        leaders[i] = Cluster.NONE;
        long[] terms = w.terms.clone();
        terms[i] = 0;
        long[] termLeaders = w.termLeaders;
        // The reaction's step records its beliefs before the crash, so Uniqueness's memory keeps them.
        termLeaders = ended(termLeaders, w, i, r.role, r.term);
        if (r.role == Role.LEADER && r.term != 0) {
            termLeaders = remember(termLeaders, r.term, id);
            if (tenures) {
                termLeaders = end(termLeaders, r.term); // and the crash ends it at once
            }
        }
        World next = new World(nodes, durables, timers, flights, started, w.crashes + 1, early, w.losses, w.duplicates, termLeaders, roles, leaders,
                terms, w.epochs);
        if (recording) {
            lastStep = r.step;
            stepIndex++;
            List<Step> cut = new ArrayList<>();
            cut.add(Step.crash(stepIndex, stepIndex, id, "crash " + id + " inside its reaction, after " + done + " of its "
                    + effects + " effects"));
            stepIndex++;
            for (int k = effects - 1; k >= done; k--) {
                int e = r.order[k];
                if (e >= 0) {
                    Flight f = r.sent[e];
                    int to = slotOf(f.to());
                    cut.add(Step.fault(stepIndex, stepIndex, f.to(), "Lose", f.from(), message(f), roles[to],
                            leaders[to], terms[to], next.up(to), "never sent: node " + id
                                    + " crashed inside the reaction that sends it"));
                    stepIndex++;
                }
            }
            lastCut = cut;
        } else {
            stepIndex++;
        }
        return next;
    }

    /** The draws a move names, with its crash's place among the reaction's effects after the node's own. */
    static int[] draws(Move m) {
        int[] d = m.draws().stream().mapToInt(Integer::intValue).toArray();
        if (m.crashAfter() == null) {
            return d;
        }
        int[] out = Arrays.copyOf(d, d.length + 1);
        out[d.length] = m.crashAfter() - 1;
        return out;
    }

    /**
     * The reaction of node {@code i} to one event: run on a fresh copy of its state, or taken from the
     * memo when the same node in the same state (its bytes and pending timers) met the same event
     * (message bytes and sender, or timer) with the same draws before. A node is a deterministic
     * function of exactly those (the contract: no clock, randomness or I/O of its own, and the clock
     * stands still here), so a remembered reaction is the one it would give again; across the
     * product of three nodes' states the same local step recurs many times.
     */
    private Reacted react(Kind kind, int i, byte[] state, byte[] durable, String[] timersIn, Flight delivered,
                          String timer, int[] draws) {
        Kind event = kind == Kind.EARLY_TIMEOUT ? Kind.TIMEOUT : kind;
        ReactionKey key = null;
        if (!recording && memoize) {
            key = new ReactionKey(event, i, event == Kind.RESTART ? durable : state, timersIn,
                    delivered == null ? 0 : delivered.from(), delivered == null ? null : delivered.bytes(),
                    event == Kind.TIMEOUT ? timer : null, draws);
            Reacted hit = memo.get(key);
            if (hit != null) {
                clockRead |= hit.clock;
                return hit;
            }
        }
        int id = ids[i];
        Timers pending = new Timers(timersIn);
        boolean clockBefore = clockRead;
        clockRead = false;
        reaction.begin(id, pending, draws);
        Node node;
        Step.Kind stepKind;
        int from = 0;
        Message received = null;
        switch (event) {
            case START -> {
                node = algorithm.create(id, cluster, mutant);
                stepKind = Step.Kind.START;
                node.start(reaction);
            }
            case RESTART -> {
                node = algorithm.create(id, cluster, mutant);
                stepKind = Step.Kind.RESTART;
                node.restart(reaction, durable == null ? null : codec.decode(durable));
            }
            case DELIVER -> {
                node = (Node) codec.decode(state);
                from = delivered.from();
                received = message(delivered);
                stepKind = Step.Kind.RECEIVE;
                node.receive(reaction, from, received);
            }
            case TIMEOUT -> {
                pending.remove(timer);
                node = (Node) codec.decode(state);
                stepKind = Step.Kind.TIMEOUT;
                node.timeout(reaction, timer);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        reaction.end();
        Reacted r = new Reacted();
        r.clock = clockRead;
        clockRead |= clockBefore;
        r.bounds = reaction.bounds();
        r.vars = reaction.vars;
        r.action = reaction.action;
        r.node = intern(codec.encode(node));
        r.timers = pending.toArray();
        r.persisted = reaction.persisted;
        r.durable = reaction.persisted ? intern(reaction.durable) : null;
        r.sent = new Flight[reaction.sent.size()];
        for (int k = 0; k < r.sent.length; k++) {
            Envelope e = reaction.sent.get(k);
            r.sent[k] = new Flight(e.from(), e.to(), intern(codec.encode(e.message())));
        }
        r.order = reaction.order.stream().mapToInt(Integer::intValue).toArray();
        r.writes = new byte[reaction.writes.size()][];
        for (int k = 0; k < r.writes.length; k++) {
            r.writes[k] = intern(reaction.writes.get(k));
        }
        r.role = node.role();
        r.leader = node.leader();
        r.term = node.term();
        if (recording) {
            String action = reaction.action != null ? reaction.action : stepKind.name().toLowerCase(java.util.Locale.ROOT);
            r.step = Step.reaction(stepIndex, stepIndex, stepKind, id, action, from, received,
                    event == Kind.TIMEOUT ? timer : null, reaction.sent, reaction.vars, r.role, r.leader, r.term);
        } else if (key != null) {
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear(); // a bound on memory, not on correctness: a forgotten reaction is run again
            }
            memo.put(key, r);
        }
        return r;
    }

    /**
     * The one copy of {@code bytes} this engine holds: equal node states, durable states and messages
     * share one array, so worlds that hold them compare by reference first and take the memory once.
     */
    private byte[] intern(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        Bytes key = new Bytes(bytes);
        Bytes held = interned.putIfAbsent(key, key);
        if (held != null) {
            return held.bytes;
        }
        if (interned.size() >= MEMO_LIMIT) {
            interned.clear(); // sharing is an economy, not a rule: equality compares the bytes
        }
        return bytes;
    }

    /** Reactions remembered at most; past it the memo starts again. */
    private static final int MEMO_LIMIT = 1 << 21;

    /** What one reaction did: the node's next state and what it handed the context. Shared by the memo: never changed. */
    private static final class Reacted {
        byte[] node;
        String[] timers;
        boolean persisted;
        byte[] durable;
        Flight[] sent;
        /** The effects in the order the node made them: a send's index in {@link #sent}, or -1 - a write's index in {@link #writes}. */
        int[] order;
        /** The durable states written, consecutive writes (no send between them) kept as the last. */
        byte[][] writes;
        Role role;
        int leader;
        long term;
        Map<String, Object> vars;
        String action;
        int[] bounds;
        boolean clock;
        /** Only when recording, which bypasses the memo. */
        Step step;
    }

    /** A byte string compared by content, its hash computed once. */
    private static final class Bytes {
        final byte[] bytes;
        final int hash;

        Bytes(byte[] bytes) {
            this.bytes = bytes;
            this.hash = (int) World.bytes(bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && b.hash == hash && Arrays.equals(b.bytes, bytes);
        }
    }

    /** Everything a reaction depends on: the event, the node, its state and pending timers, the draws. */
    private static final class ReactionKey {
        final Kind event;
        final int slot;
        final byte[] state;
        final String[] timers;
        final int from;
        final byte[] message;
        final String timer;
        final int[] draws;
        final int hash;

        ReactionKey(Kind event, int slot, byte[] state, String[] timers, int from, byte[] message, String timer,
                    int[] draws) {
            this.event = event;
            this.slot = slot;
            this.state = state;
            this.timers = timers;
            this.from = from;
            this.message = message;
            this.timer = timer;
            this.draws = draws;
            long h = World.bytes(state) * 31 + World.bytes(message);
            h = h * 31 + Arrays.hashCode(timers);
            h = h * 31 + Arrays.hashCode(draws);
            h = h * 31 + (timer == null ? 0 : timer.hashCode());
            h = h * 31 + event.ordinal() * 64 + slot * 8 + from;
            this.hash = (int) (h ^ (h >>> 32));
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReactionKey k && k.hash == hash && k.event == event && k.slot == slot
                    && k.from == from && java.util.Objects.equals(k.timer, timer) && Arrays.equals(k.state, state)
                    && Arrays.equals(k.message, message) && Arrays.equals(k.timers, timers)
                    && Arrays.equals(k.draws, draws);
        }
    }

    /**
     * Whether Uniqueness's memory also keeps which tenures ended, so that a term led a second time is seen
     * (leadership exclusive, a term a fencing token): a history variable, part of the state, so that a
     * world after a tenure ended never merges with one before it.
     */
    boolean tenures;

    /** The memory with the tenure of slot {@code i}'s term in {@code w} ended, if it led there and no longer does. */
    private long[] ended(long[] pairs, World w, int i, Role role, long term) {
        if (!tenures || !w.up(i) || w.roles[i] != Role.LEADER || w.terms[i] == 0
                || (role == Role.LEADER && term == w.terms[i])) {
            return pairs;
        }
        return end(pairs, w.terms[i]);
    }

    /** The memory with {@code term}'s tenure marked ended: its leader's id stored negated. */
    private static long[] end(long[] pairs, long term) {
        for (int at = 0; at < pairs.length; at += 2) {
            if (pairs[at] == term && pairs[at + 1] > 0) {
                long[] out = pairs.clone();
                out[at + 1] = -pairs[at + 1];
                return out;
            }
        }
        return pairs;
    }

    /** Whether {@code term}'s first tenure has ended. */
    static boolean tenureEnded(long[] pairs, long term) {
        for (int at = 0; at < pairs.length; at += 2) {
            if (pairs[at] == term) {
                return pairs[at + 1] < 0;
            }
        }
        return false;
    }

    /** Uniqueness's memory gains (term, leader) unless the term already has one. */
    private static long[] remember(long[] pairs, long term, int leader) {
        int at = 0;
        while (at < pairs.length && pairs[at] < term) {
            at += 2;
        }
        if (at < pairs.length && pairs[at] == term) {
            return pairs;
        }
        long[] out = new long[pairs.length + 2];
        System.arraycopy(pairs, 0, out, 0, at);
        out[at] = term;
        out[at + 1] = leader;
        System.arraycopy(pairs, at, out, at + 2, pairs.length - at);
        return out;
    }

    /** The first leader recorded for {@code term}, or {@link Cluster#NONE}. */
    static int firstLeader(long[] pairs, long term) {
        for (int at = 0; at < pairs.length; at += 2) {
            if (pairs[at] == term) {
                return (int) Math.abs(pairs[at + 1]);
            }
        }
        return Cluster.NONE;
    }

    Message message(Flight fl) {
        return (Message) codec.decode(fl.bytes());
    }

    private static Flight[] without(Flight[] flights, int index) {
        if (index < 0) {
            return flights;
        }
        Flight[] out = new Flight[flights.length - 1];
        System.arraycopy(flights, 0, out, 0, index);
        System.arraycopy(flights, index + 1, out, index, flights.length - index - 1);
        return out;
    }

    private Flight[] with(Flight[] flights, Flight[] added) {
        Flight[] out = Arrays.copyOf(flights, flights.length + added.length);
        System.arraycopy(added, 0, out, flights.length, added.length);
        // Stable: with FIFO links a link's messages keep their sending order.
        Arrays.sort(out, fifo ? World.Flight::compareLinks : Flight::compareTo);
        return out;
    }

    /** The move {@code o} of world {@code w} as a replay file lists it. */
    Move move(World w, Option o, int[] draws) {
        Integer crashAfter = null;
        if (o.crash()) {
            // The last draw places the crash among the reaction's effects; the move names it apart.
            crashAfter = draws[draws.length - 1] + 1;
            draws = Arrays.copyOf(draws, draws.length - 1);
        }
        List<Integer> d = Arrays.stream(draws).boxed().toList();
        int id = ids[o.slot()];
        return switch (o.kind()) {
            case DELIVER, LOSE, DUPLICATE -> {
                Flight fl = w.flights[o.flight()];
                yield new Move(o.kind().word, id, fl.from(), message(fl).toString(), null, d, crashAfter);
            }
            case TIMEOUT, EARLY_TIMEOUT -> new Move(o.kind().word, id, 0, null, o.timer(), d, crashAfter);
            default -> new Move(o.kind().word, id, 0, null, null, d, crashAfter);
        };
    }

    /** The option of {@code w} that {@code m} names, or an error saying why it is not enabled. */
    Option option(World w, Move m) {
        Kind kind = Kind.of(m.kind());
        int slot = slotOf(m.node());
        List<Option> enabled = new ArrayList<>();
        options(w, enabled);
        for (Option o : enabled) {
            if (o.kind() != kind || o.slot() != slot || o.crash() != (m.crashAfter() != null)) {
                continue;
            }
            if (o.flight() >= 0) {
                Flight fl = w.flights[o.flight()];
                if (fl.from() != m.from() || !message(fl).toString().equals(m.message())) {
                    continue;
                }
            }
            if (o.timer() != null && !o.timer().equals(m.timer())) {
                continue;
            }
            return o;
        }
        throw new IllegalArgumentException("move '" + m.describe() + "' is not enabled here");
    }

    /** A node's pending timers during one reaction: a sorted array, copied only when it changes. */
    private static final class Timers {
        private String[] names;

        Timers(String[] names) {
            this.names = names;
        }

        void add(String name) {
            int at = Arrays.binarySearch(names, name);
            if (at < 0) {
                int to = -at - 1;
                String[] out = new String[names.length + 1];
                System.arraycopy(names, 0, out, 0, to);
                out[to] = name;
                System.arraycopy(names, to, out, to + 1, names.length - to);
                names = out;
            }
        }

        boolean remove(String name) {
            int at = Arrays.binarySearch(names, name);
            if (at < 0) {
                return false;
            }
            String[] out = new String[names.length - 1];
            System.arraycopy(names, 0, out, 0, at);
            System.arraycopy(names, at + 1, out, at, names.length - at - 1);
            names = out;
            return true;
        }

        String[] toArray() {
            return names.length == 0 ? NO_TIMERS : names;
        }
    }

    /** The context a node sees during one reaction. */
    private final class Reaction implements Context {
        int self;
        Timers timers;
        List<Envelope> sent;
        byte[] durable;
        boolean persisted;
        List<Integer> order;
        List<byte[]> writes;
        String action;
        Map<String, Object> vars;
        int[] draws;
        int[] bounds = new int[4];
        int drawn;
        boolean open;

        void begin(int id, Timers pending, int[] choices) {
            self = id;
            timers = pending;
            sent = new ArrayList<>(2);
            order = new ArrayList<>(3);
            writes = new ArrayList<>(1);
            durable = null;
            persisted = false;
            action = null;
            vars = Map.of();
            draws = choices;
            drawn = 0;
            open = true;
        }

        void end() {
            open = false;
        }

        int[] bounds() {
            return Arrays.copyOf(bounds, drawn);
        }

        private void live() {
            if (!open) {
                throw new IllegalStateException("a node used its context outside a reaction");
            }
        }

        @Override
        public int self() {
            return self;
        }

        @Override
        public Cluster cluster() {
            return cluster;
        }

        @Override
        public long now() {
            live();
            // A rule that decides what the nodes decide by their clock makes the standing clock harmless.
            clockRead = !timerRule.coversClock();
            return 0;
        }

        @Override
        public void send(int to, Message message) {
            live();
            if (!cluster.members().contains(to)) {
                throw new IllegalArgumentException("node " + self + " sent " + message + " to " + to
                        + ", which is not a member of " + cluster.members());
            }
            sent.add(new Envelope(self, to, message));
            order.add(sent.size() - 1);
        }

        @Override
        public void setTimer(String timer, long delay) {
            live();
            if (delay < 0) {
                throw new IllegalArgumentException("node " + self + " set timer " + timer + " with negative delay " + delay);
            }
            timers.add(timer);
        }

        @Override
        public void cancelTimer(String timer) {
            live();
            timers.remove(timer);
        }

        @Override
        public int random(int bound) {
            live();
            if (bound < 1) {
                throw new IllegalArgumentException("random bound must be at least 1, got " + bound);
            }
            int value = drawn < draws.length ? draws[drawn] : 0;
            if (value < 0 || value >= bound) {
                throw new IllegalArgumentException("draw " + drawn + " of node " + self + " is " + value
                        + ", outside [0, " + bound + ")");
            }
            if (drawn == bounds.length) {
                bounds = Arrays.copyOf(bounds, drawn * 2);
            }
            bounds[drawn++] = bound;
            return value;
        }

        @Override
        public void persist(Object state) {
            live();
            durable = codec.encode(state);
            persisted = true;
            // Writes with no send between them reach the disk as one (the simulator's rule): the last replaces the others.
            if (!order.isEmpty() && order.get(order.size() - 1) < 0) {
                writes.set(writes.size() - 1, durable);
            } else {
                writes.add(durable);
                order.add(-writes.size());
            }
        }

        @Override
        public void record(String actionName, Map<String, ?> values) {
            live();
            if (action != null) {
                throw new IllegalStateException("node " + self + " recorded two actions in one reaction: "
                        + action + " then " + actionName);
            }
            action = actionName;
            @SuppressWarnings("unchecked")
            Map<String, Object> recorded = (Map<String, Object>) values;
            vars = recorded;
        }
    }
}
