package dev.electorate.lin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.history.EdnHistory;
import dev.electorate.history.History;
import dev.electorate.history.HistoryFormatException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small hand-written histories in Knossos's EDN whose verdicts can be worked out on paper. */
class ClassicHistoriesTest {

    static Result check(String edn, Model model) {
        return LinearizabilityChecker.check(EdnHistory.read("classic.edn", edn), model, Duration.ofSeconds(30));
    }

    @Test
    void aReadConcurrentWithAWriteMaySeeEitherValue() {
        for (String seen : new String[] {"nil", "1"}) {
            assertEquals(HistoryVerdict.LINEARIZABLE, check("""
                    [{:process 0, :type :invoke, :f :write, :value 1}
                     {:process 1, :type :invoke, :f :read, :value nil}
                     {:process 1, :type :ok, :f :read, :value %s}
                     {:process 0, :type :ok, :f :write, :value 1}]
                    """.formatted(seen), new CasRegister()).verdict());
        }
    }

    @Test
    void aReadAfterACompletedWriteMustSeeIt() {
        Result r = check("""
                [{:process 0, :type :invoke, :f :write, :value 1}
                 {:process 0, :type :ok, :f :write, :value 1}
                 {:process 1, :type :invoke, :f :read, :value nil}
                 {:process 1, :type :ok, :f :read, :value nil}]
                """, new CasRegister());
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, r.verdict());
        assertEquals(3, r.explanation().failing().completion().index());
        assertEquals(4, r.explanation().failingLine());
        assertEquals("1", r.explanation().statesBefore().get(0));
    }

    @Test
    void anExplanationListsAFewStatesAndSaysWhenThereAreMore() {
        StringBuilder h = new StringBuilder("[");
        for (int p = 0; p < 6; p++) {
            h.append("{:process ").append(p).append(", :type :invoke, :f :write, :value ").append(p).append("}\n");
        }
        for (int p = 0; p < 6; p++) {
            h.append("{:process ").append(p).append(", :type :ok, :f :write, :value ").append(p).append("}\n");
        }
        h.append("{:process 9, :type :invoke, :f :read, :value nil}\n{:process 9, :type :ok, :f :read, :value 7}]");
        Result r = check(h.toString(), new CasRegister());
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, r.verdict());
        assertEquals(4, r.explanation().statesBefore().size(), "six writes could have gone last: four listed");
        assertTrue(r.explanation().moreStates());
        assertTrue(r.explanation().lines().get(2).endsWith("; perhaps more"), r.explanation().lines().get(2));
        Result one = check("""
                [{:process 0, :type :invoke, :f :write, :value 1}
                 {:process 0, :type :ok, :f :write, :value 1}
                 {:process 1, :type :invoke, :f :read, :value nil}
                 {:process 1, :type :ok, :f :read, :value 2}]
                """, new CasRegister());
        assertEquals(List.of("1"), one.explanation().statesBefore());
        assertFalse(one.explanation().moreStates());
    }

    @Test
    void knossossCasExampleIsLinearizable() {
        // write 0; cas 0->1 and cas 1->2 concurrent with a read that sees 2.
        assertEquals(HistoryVerdict.LINEARIZABLE, check("""
                {:process 0 :type :invoke :f :write :value 0}
                {:process 0 :type :ok     :f :write :value 0}
                {:process 1 :type :invoke :f :cas   :value [0 1]}
                {:process 2 :type :invoke :f :cas   :value [1 2]}
                {:process 3 :type :invoke :f :read  :value nil}
                {:process 2 :type :ok     :f :cas   :value [1 2]}
                {:process 3 :type :ok     :f :read  :value 2}
                {:process 1 :type :ok     :f :cas   :value [0 1]}
                """, new CasRegister()).verdict());
    }

    @Test
    void aCasThatFollowsItsOwnPreconditionIsNot() {
        // cas 1->2 completes before cas 0->1 starts, so it can never find 1.
        Result r = check("""
                {:process 0 :type :invoke :f :write :value 0}
                {:process 0 :type :ok     :f :write :value 0}
                {:process 2 :type :invoke :f :cas   :value [1 2]}
                {:process 2 :type :ok     :f :cas   :value [1 2]}
                {:process 1 :type :invoke :f :cas   :value [0 1]}
                {:process 1 :type :ok     :f :cas   :value [0 1]}
                """, new CasRegister());
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, r.verdict());
        assertEquals(3, r.explanation().failing().completion().index());
    }

    @Test
    void anInfoWriteMayTakeEffectLateOrNever() {
        String late = """
                {:process 0 :type :invoke :f :write :value 1}
                {:process 0 :type :info   :f :write :value 1}
                {:process 1 :type :invoke :f :read  :value nil}
                {:process 1 :type :ok     :f :read  :value nil}
                {:process 2 :type :invoke :f :read  :value nil}
                {:process 2 :type :ok     :f :read  :value 1}
                {:process 3 :type :invoke :f :read  :value nil}
                {:process 3 :type :ok     :f :read  :value 1}
                """;
        assertEquals(HistoryVerdict.LINEARIZABLE, check(late, new Register()).verdict());
        String never = late.replace(":read  :value 1}", ":read  :value nil}");
        assertEquals(HistoryVerdict.LINEARIZABLE, check(never, new Register()).verdict());
        // But it takes effect once: nil, 1, nil is impossible.
        String flicker = late.replace("{:process 3 :type :ok     :f :read  :value 1}", "{:process 3 :type :ok     :f :read  :value nil}");
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, check(flicker, new Register()).verdict());
        // And never before its invocation.
        String early = """
                {:process 1 :type :invoke :f :read  :value nil}
                {:process 1 :type :ok     :f :read  :value 1}
                {:process 0 :type :invoke :f :write :value 1}
                {:process 0 :type :info   :f :write :value 1}
                """;
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, check(early, new Register()).verdict());
    }

    @Test
    void anOperationPendingAtTheEndIsIndeterminate() {
        String pending = """
                {:process 0 :type :invoke :f :write :value 1}
                {:process 1 :type :invoke :f :read  :value nil}
                {:process 1 :type :ok     :f :read  :value 1}
                """;
        assertEquals(HistoryVerdict.LINEARIZABLE, check(pending, new Register()).verdict());
    }

    @Test
    void failedOperationsNeverTookEffect() {
        String failed = """
                {:process 0 :type :invoke :f :write :value 1}
                {:process 0 :type :fail   :f :write :value 1}
                {:process 1 :type :invoke :f :read  :value nil}
                {:process 1 :type :ok     :f :read  :value 1}
                """;
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, check(failed, new Register()).verdict());
    }

    @Test
    void aMutexHasOneHolderAtATime() {
        String ok = """
                {:process 0 :type :invoke :f :acquire :value nil}
                {:process 0 :type :ok     :f :acquire :value nil}
                {:process 1 :type :invoke :f :acquire :value nil}
                {:process 0 :type :invoke :f :release :value nil}
                {:process 0 :type :ok     :f :release :value nil}
                {:process 1 :type :ok     :f :acquire :value nil}
                """;
        assertEquals(HistoryVerdict.LINEARIZABLE, check(ok, new Mutex()).verdict());
        String twice = ok.replace("""
                {:process 0 :type :invoke :f :release :value nil}
                {:process 0 :type :ok     :f :release :value nil}
                {:process 1 :type :ok     :f :acquire :value nil}
                """, """
                {:process 1 :type :ok     :f :acquire :value nil}
                {:process 0 :type :invoke :f :release :value nil}
                {:process 0 :type :ok     :f :release :value nil}
                """);
        Result r = check(twice, new Mutex());
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, r.verdict());
        assertEquals(3, r.explanation().failing().completion().index());
        assertEquals("held", r.explanation().statesBefore().get(0));
    }

    @Test
    void fencingTokensIncreaseAndReleasesNameTheHolder() {
        String ok = """
                {:process 0 :type :invoke :f :acquire :value nil}
                {:process 0 :type :ok     :f :acquire :value 5}
                {:process 1 :type :invoke :f :leader  :value nil}
                {:process 1 :type :ok     :f :leader  :value 5}
                {:process 0 :type :invoke :f :release :value 5}
                {:process 0 :type :ok     :f :release :value 5}
                {:process 1 :type :invoke :f :acquire :value nil}
                {:process 1 :type :ok     :f :acquire :value 9}
                """;
        assertEquals(HistoryVerdict.LINEARIZABLE, check(ok, new FencedLease()).verdict());
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, check(ok.replace(":value 9", ":value 4"), new FencedLease()).verdict(),
                "a token must exceed every earlier one");
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, check(ok.replace(":release :value 5", ":release :value 6"), new FencedLease()).verdict(),
                "only the holder's token releases");
        // An indeterminate acquire may hold an unseen token, later revealed by a leader read and released by expiry.
        String unseen = """
                {:process 0 :type :invoke :f :acquire :value nil}
                {:process 0 :type :info   :f :acquire :value nil}
                {:process 1 :type :invoke :f :leader  :value nil}
                {:process 1 :type :ok     :f :leader  :value 7}
                {:process 2 :type :invoke :f :release :value 7}
                {:process 2 :type :ok     :f :release :value 7}
                {:process 3 :type :invoke :f :acquire :value nil}
                {:process 3 :type :ok     :f :acquire :value 8}
                """;
        assertEquals(HistoryVerdict.LINEARIZABLE, check(unseen, new FencedLease()).verdict());
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, check(unseen.replace(":value 8", ":value 7"), new FencedLease()).verdict());
    }

    @Test
    void keyedHistoriesAreCheckedPerKey() {
        String keyed = """
                {:process 0 :type :invoke :f :write :value [:x 1]}
                {:process 0 :type :ok     :f :write :value [:x 1]}
                {:process 1 :type :invoke :f :write :value [:y 2]}
                {:process 1 :type :ok     :f :write :value [:y 2]}
                {:process 2 :type :invoke :f :read  :value [:x nil]}
                {:process 2 :type :ok     :f :read  :value [:x 1]}
                """;
        Result r = check(keyed, new Keyed(new Register()));
        assertEquals(HistoryVerdict.LINEARIZABLE, r.verdict());
        assertEquals(2, r.partitions());
        Result bad = check(keyed.replace("{:process 2 :type :ok     :f :read  :value [:x 1]}",
                "{:process 2 :type :ok     :f :read  :value [:x 2]}"), new Keyed(new Register()));
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, bad.verdict());
        assertEquals("x", bad.explanation().key());
        assertTrue(bad.explanation().lines().get(0).contains("of key :x"), bad.explanation().toString());
    }

    @Test
    void operationsThatDoNotFitTheModelAreBadInputNamingTheLine() {
        HistoryFormatException e = assertThrows(HistoryFormatException.class, () -> check("""
                {:process 0 :type :invoke :f :cas :value 3}
                {:process 0 :type :ok     :f :cas :value 3}
                """, new CasRegister()));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("[old new]"), e.getMessage());
        HistoryFormatException f = assertThrows(HistoryFormatException.class, () -> check("""
                {:process 0 :type :invoke :f :lock :value nil}
                """, new Mutex()));
        assertTrue(f.getMessage().contains("acquire and release, not lock"), f.getMessage());
        HistoryFormatException k = assertThrows(HistoryFormatException.class, () -> check("""
                {:process 0 :type :invoke :f :read :value nil}
                """, new Keyed(new Register())));
        assertTrue(k.getMessage().contains("[key value]"), k.getMessage());
    }

    @Test
    void aTimeoutGivesUnknown() {
        History h = RandomHistories.generate("cas-register", 50, 3000, 0.1, 32);
        Result r = LinearizabilityChecker.check(h, new CasRegister(), Duration.ZERO);
        assertEquals(HistoryVerdict.UNKNOWN, r.verdict());
    }
}
