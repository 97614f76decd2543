package dev.electorate.harness.exhaustive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A crash inside a reaction as a move of the explorer: a prefix of the reaction's effects (sends and
 * writes, in the order the node made them) takes place, at least one and not all, then the node is
 * down with the last write of that prefix as its durable state; recorded as the simulator records it;
 * only within the model's crash budget, for the nodes it names.
 */
class MidReactionCrashTest {

    private final Algorithm raft = Algorithms.byName("raft");

    private Engine engine(String model) {
        ModelBounds bounds = ModelBounds.choose("raft", 3, null, model);
        return new Engine(raft, null, new Cluster(bounds.members()), bounds);
    }

    /** The three starts, then the world where node 1's election timer may fire. */
    private static World started(Engine e, List<Move> path) {
        World w = e.initial();
        List<Engine.Option> options = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            e.options(w, options);
            Engine.Option start = options.get(0);
            path.add(e.move(w, start, new int[0]));
            w = e.apply(w, start, new int[0]);
        }
        return w;
    }

    private static Engine.Option find(Engine e, World w, boolean crash) {
        List<Engine.Option> options = new ArrayList<>();
        e.options(w, options);
        return options.stream().filter(o -> o.kind() == Engine.Kind.TIMEOUT && o.slot() == 0 && o.crash() == crash)
                .findFirst().orElseThrow(() -> new AssertionError("no " + (crash ? "crashing " : "") + "timeout of node 1 in "
                        + options));
    }

    @Test
    void aPrefixOfTheEffectsTakesPlaceWritesFirst() {
        Engine e = engine("MCRaft3Faults");
        World w = started(e, new ArrayList<>());
        Engine.Option whole = find(e, w, false);
        World campaigned = e.apply(w, whole, new int[0]);
        // Raft persists its term and vote, then asks the two others: three effects.
        assertEquals(w.flights.length + 2, campaigned.flights.length);
        int nodeDraws = e.lastBounds.length;

        Engine.Option cut = find(e, w, true);
        World afterOne = e.apply(w, cut, new int[nodeDraws]);
        assertEquals(2, e.lastBounds[nodeDraws], "the crash falls after 1 or 2 of the 3 effects");
        assertFalse(afterOne.up(0), "the node is down");
        assertEquals(1, afterOne.crashes, "a crash of the model's budget");
        assertEquals(w.flights.length, afterOne.flights.length, "no request sent");
        assertArrayEquals(campaigned.durables[0], afterOne.durables[0], "the vote written before any send is kept");

        int[] two = new int[nodeDraws + 1];
        two[nodeDraws] = 1;
        World afterTwo = e.apply(w, cut, two);
        assertEquals(w.flights.length + 1, afterTwo.flights.length, "the first request sent");
        assertTrue(Arrays.asList(campaigned.flights).contains(afterTwo.flights[afterTwo.flights.length - 1])
                || Arrays.asList(campaigned.flights).containsAll(Arrays.asList(afterTwo.flights)));

        int[] all = new int[nodeDraws + 1];
        all[nodeDraws] = 2;
        assertThrows(IllegalArgumentException.class, () -> e.apply(w, cut, all), "never after every effect");
        assertFalse(afterOne.equals(afterTwo), "two cuts are two states");
    }

    @Test
    void aReactionOfFewerThanTwoEffectsHasNoInside() {
        Engine e = engine("MCRaft3Faults");
        World w = e.initial();
        List<Engine.Option> options = new ArrayList<>();
        e.options(w, options);
        Engine.Option crashingStart = options.stream().filter(Engine.Option::crash).findFirst().orElseThrow();
        // A Raft node's start only arms its election timer: no effect at all.
        assertNull(e.apply(w, crashingStart, new int[0]));
    }

    @Test
    void onlyWithinTheCrashBudget() {
        Engine noCrashes = engine("MCRaft3");
        World w = started(noCrashes, new ArrayList<>());
        List<Engine.Option> options = new ArrayList<>();
        noCrashes.options(w, options);
        assertTrue(options.stream().noneMatch(Engine.Option::crash), "MCRaft3 allows no crash: " + options);

        Engine e = engine("MCRaft3Faults");
        World started = started(e, new ArrayList<>());
        World down = e.apply(started, find(e, started, true), new int[e.lastBounds.length]);
        assertNotNull(down);
        e.options(down, options);
        assertTrue(options.stream().noneMatch(Engine.Option::crash), "the one crash is spent: " + options);
    }

    @Test
    void recordedAsTheSimulatorRecordsItAndReplayed() {
        Engine e = engine("MCRaft3Faults");
        List<Move> path = new ArrayList<>();
        World w = started(e, path);
        Engine.Option cut = find(e, w, true);
        e.apply(w, cut, new int[0]);
        int[] draws = new int[e.lastBounds.length]; // the crash after the first effect, the write
        Move move = e.move(w, cut, draws);
        assertEquals(1, move.crashAfter());
        assertTrue(move.describe().endsWith("crashing after 1 effect"), move.describe());
        path.add(move);

        Trace trace = ExhaustiveExplorer.replay(raft, null, List.of(1, 2, 3), path);
        List<Step> steps = trace.steps();
        // The three starts, the whole reaction, the crash, then the two requests never sent, last first.
        assertEquals(3 + 1 + 1 + 2, steps.size(), steps.toString());
        assertEquals(2, steps.get(3).sent().size(), "the reaction's step lists what it meant to send");
        assertEquals("Crash", steps.get(4).action());
        assertEquals("Lose", steps.get(5).action());
        assertEquals(3, steps.get(5).node(), "the last request, to node 3, first");
        assertTrue(steps.get(5).detail().startsWith("never sent"), steps.get(5).detail());
        assertEquals(2, steps.get(6).node());
        assertEquals(trace, ExhaustiveExplorer.replay(raft, null, List.of(1, 2, 3), path), "the same moves, the same trace");
    }
}
