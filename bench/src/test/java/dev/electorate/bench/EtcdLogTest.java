package dev.electorate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.history.EdnHistory;
import dev.electorate.lin.LinearizabilityChecker;
import dev.electorate.lin.Models;
import dev.electorate.lin.HistoryVerdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EtcdLogTest {
    private static String log(String... lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            String[] p = l.split(" ", 4);
            b.append("INFO  jepsen.util - ").append(p[0]).append('\t').append(p[1]).append('\t').append(p[2])
                    .append('\t').append(p[3]).append('\n');
        }
        return b.toString();
    }

    private static HistoryVerdict verdict(String log) throws EtcdLog.MalformedLog {
        String edn = EtcdLog.toEdn("t.log", log);
        return LinearizabilityChecker.check(EdnHistory.read("t.edn", edn), Models.byName("cas-register"),
                Duration.ofSeconds(10)).verdict();
    }

    @Test
    void readsWritesAndCasesBecomeTheSameEntries() throws Exception {
        String edn = EtcdLog.toEdn("t.log", log(
                "0 :invoke :read nil", "0 :ok :read nil",
                "1 :invoke :write 3", "1 :ok :write 3",
                "2 :invoke :cas [3 4]", "2 :ok :cas [3 4]"));
        assertEquals("""
                {:index 0, :process 0, :type :invoke, :f :read, :value nil}
                {:index 1, :process 0, :type :ok, :f :read, :value nil}
                {:index 2, :process 1, :type :invoke, :f :write, :value 3}
                {:index 3, :process 1, :type :ok, :f :write, :value 3}
                {:index 4, :process 2, :type :invoke, :f :cas, :value [3 4]}
                {:index 5, :process 2, :type :ok, :f :cas, :value [3 4]}
                """, edn);
    }

    @Test
    void aLinearizableLogIsAcceptedAndAStaleReadRejected() throws Exception {
        assertEquals(HistoryVerdict.LINEARIZABLE, verdict(log(
                "0 :invoke :write 1", "1 :invoke :read nil", "1 :ok :read 1", "0 :ok :write 1",
                "2 :invoke :cas [1 2]", "2 :ok :cas [1 2]", "1 :invoke :read nil", "1 :ok :read 2")));
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, verdict(log(
                "0 :invoke :write 1", "0 :ok :write 1", "0 :invoke :write 2", "0 :ok :write 2",
                "1 :invoke :read nil", "1 :ok :read 1")));
    }

    @Test
    void aTimedOutWriteMayTakeEffectLateAndKeepsItsValue() throws Exception {
        String text = log("0 :invoke :write 7", "0 :info :write :timed-out",
                "1 :invoke :read nil", "1 :ok :read nil", "1 :invoke :read nil", "1 :ok :read 7");
        assertTrue(EtcdLog.toEdn("t.log", text).contains(
                "{:index 1, :process 0, :type :info, :f :write, :value 7, :error :timed-out}"));
        assertEquals(HistoryVerdict.LINEARIZABLE, verdict(text));
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, verdict(text + log("1 :invoke :read nil", "1 :ok :read nil")));
    }

    @Test
    void aTimedOutReadConstrainsNothing() throws Exception {
        assertEquals(HistoryVerdict.LINEARIZABLE, verdict(log(
                "0 :invoke :write 1", "0 :ok :write 1", "1 :invoke :read nil", "1 :fail :read :timed-out")));
    }

    // Porcupine reads a failed cas as one that found another value, which this history's write of 1
    // contradicts; Jepsen's fail, which the EDN carries, says only that it took no effect.
    @Test
    void aFailedCasIsLeftOut() throws Exception {
        assertEquals(HistoryVerdict.LINEARIZABLE, verdict(log(
                "0 :invoke :write 1", "0 :ok :write 1", "1 :invoke :cas [1 2]", "1 :fail :cas [1 2]",
                "1 :invoke :read nil", "1 :ok :read 1")));
    }

    @Test
    void otherLoggersAreSkipped() throws Exception {
        assertEquals(List.of(), EtcdLog.entries("t.log", "INFO  jepsen.core - Running test\n\n"));
    }

    @Test
    void aJepsenLineOfAnotherShapeIsAnErrorNamingTheFileAndLine() {
        EtcdLog.MalformedLog e = assertThrows(EtcdLog.MalformedLog.class,
                () -> EtcdLog.entries("etcd_007.log", log("0 :invoke :read nil") + log("0 :ok :append 3")));
        assertTrue(e.getMessage().startsWith("etcd_007.log:2: "), e.getMessage());
        e = assertThrows(EtcdLog.MalformedLog.class,
                () -> EtcdLog.entries("x.log", log("0 :invoke :cas 3")));
        assertTrue(e.getMessage().contains("a cas cannot have: 3"), e.getMessage());
        e = assertThrows(EtcdLog.MalformedLog.class,
                () -> EtcdLog.entries("x.log", log("0 :invoke :write 1", "0 :ok :write :timed-out")));
        assertTrue(e.getMessage().contains("x.log:2:"), e.getMessage());
    }
}
