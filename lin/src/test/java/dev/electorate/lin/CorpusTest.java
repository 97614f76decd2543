package dev.electorate.lin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.electorate.history.History;
import dev.electorate.history.OpType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The checker agrees with the known verdict on a corpus made by the tests: histories simulated from
 * correct objects (linearizable by construction, with indeterminate operations and up to 50 clients)
 * and the same histories after a mutation that provably breaks them.
 */
class CorpusTest {

    /** A generous bound: the verdict must be exact, never unknown. */
    static final Duration TIMEOUT = Duration.ofMinutes(2);

    static final int[] CLIENTS = {2, 5, 20, 50};
    static final double[] INFO = {0.0, 0.1};

    record Case(String name, History history, Model model, HistoryVerdict expected, long blamedCompletion) {}

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        long seed = 1;
        for (String name : Models.NAMES) {
            for (int clients : CLIENTS) {
                for (double info : INFO) {
                    seed++;
                    int operations = Math.max(400, clients * 20);
                    // Many clients pause longer, so that many processes keep a handful of operations in flight.
                    int think = Math.max(10, 3 * clients);
                    History valid = RandomHistories.generate(name, clients, operations, info, think, seed);
                    String label = name + ", " + clients + " clients, " + operations + " ops, info " + info + ", seed " + seed;
                    Model model = Models.byName(name);
                    cases.add(new Case(label + ": simulated", valid, model, HistoryVerdict.LINEARIZABLE, -1));
                    SplittableRandom random = new SplittableRandom(seed);
                    for (Mutations.Mutant m : mutants(name, valid, random)) {
                        cases.add(new Case(label + ": " + m.name(), m.history(), model, HistoryVerdict.NOT_LINEARIZABLE, m.blamedCompletion()));
                    }
                }
            }
        }
        for (String name : List.of("register", "cas-register", "mutex", "fenced-lease")) {
            seed++;
            History valid = RandomHistories.generateKeyed(name, 6, 5, 150, 0.05, seed);
            Model model = new Keyed(Models.byName(name));
            cases.add(new Case("keyed " + name + ", 6 keys x 5 clients, seed " + seed + ": simulated", valid, model, HistoryVerdict.LINEARIZABLE, -1));
        }
        return cases;
    }

    static List<Mutations.Mutant> mutants(String model, History valid, SplittableRandom random) {
        return switch (model) {
            case "register" -> List.of(Mutations.readNeverWritten(valid, -1L, random), Mutations.staleRead(valid, random));
            case "cas-register" -> List.of(Mutations.readNeverWritten(valid, 99L, random), Mutations.casFromNeverWritten(valid, random));
            case "mutex" -> List.of(Mutations.twoAcquiresFirst(valid, false), Mutations.moreAcquiresThanReleases(valid));
            default -> List.of(Mutations.twoAcquiresFirst(valid, true), Mutations.duplicateToken(valid, random));
        };
    }

    @TestFactory
    Stream<DynamicTest> everyHistoryGetsItsKnownVerdict() {
        List<Case> cases = corpus();
        assertTrue(cases.size() >= 50, "the corpus has " + cases.size() + " histories");
        assertTrue(cases.stream().anyMatch(c -> c.expected() == HistoryVerdict.LINEARIZABLE)
                && cases.stream().anyMatch(c -> c.expected() == HistoryVerdict.NOT_LINEARIZABLE));
        return cases.stream().map(c -> dynamicTest(c.name(), () -> {
            Result r = LinearizabilityChecker.check(c.history(), c.model(), TIMEOUT);
            assertEquals(c.expected(), r.verdict(), () -> c.name() + "\n" + r.explanation());
            if (c.expected() == HistoryVerdict.NOT_LINEARIZABLE) {
                assertNotNull(r.explanation());
                if (c.blamedCompletion() >= 0) {
                    assertEquals(c.blamedCompletion(), r.explanation().failing().completion().index(),
                            () -> "the shortest bad prefix must end at the mutated completion\n" + r.explanation());
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theCorpusHasIndeterminateOperationsAndManyClients() {
        return Stream.of(dynamicTest("info operations and 50 clients are present", () -> {
            History h = RandomHistories.generate("register", 50, 1000, 0.1, 3);
            long infos = h.ops().stream().filter(o -> o.type() == OpType.INFO).count();
            long processes = h.ops().stream().mapToLong(o -> o.process()).distinct().count();
            assertTrue(infos > 50, infos + " info entries");
            assertTrue(processes > 50, processes + " processes");
        }));
    }

    @TestFactory
    Stream<DynamicTest> aKeyedHistoryIsBlamedOnTheKeyThatBreaks() {
        return Stream.of(dynamicTest("keyed register with one bad read", () -> {
            History valid = RandomHistories.generateKeyed("register", 5, 4, 200, 0.05, 77);
            List<dev.electorate.history.Op> ops = new ArrayList<>(valid.ops());
            int i = ops.size() / 2;
            while (!(ops.get(i).type() == OpType.OK && ops.get(i).f().equals("read"))) {
                i++;
            }
            var r = ops.get(i);
            List<?> kv = (List<?>) r.value();
            ops.set(i, new dev.electorate.history.Op(r.index(), r.time(), r.process(), r.type(), r.f(), List.of(kv.get(0), -5L), null));
            Result result = LinearizabilityChecker.check(History.of(ops), new Keyed(new Register()), TIMEOUT);
            assertEquals(HistoryVerdict.NOT_LINEARIZABLE, result.verdict());
            assertEquals(kv.get(0), result.explanation().key());
            assertEquals(5, result.partitions());
            assertEquals(r.index(), result.explanation().failing().completion().index());
        }));
    }
}
