package dev.electorate.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.lin.RandomHistories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jepsen's EDN and JSON Lines histories: what they accept, what they reject and where they say it is. */
class HistoryFormatsTest {

    static final String JEPSEN = """
            {:type :invoke, :f :write, :value 3, :process 0, :time 1000, :index 0}
            {:type :invoke, :f :start, :value nil, :process :nemesis, :time 1500, :index 1}
            {:type :ok, :f :write, :value 3, :process 0, :time 2000, :index 2, :extra {:nested [1 2 {:a "b"}]}}
            {:type :invoke, :f :cas, :value [3 4], :process 1, :time 2500, :index 3}
            {:type :info, :f :start, :value "cut [1 2]", :process :nemesis, :time 2600, :index 4}
            {:type :fail, :f :cas, :value [3 4], :process 1, :time 2700, :index 5, :error :conflict}
            {:type :invoke, :f :read, :value nil, :process 1, :time #inst "2024-01-01T00:00:00.000-00:00", :index 6}
            {:type :info, :f :read, :value nil, :process 1, :index 7, :error [:timeout "slow"]}
            """;

    @Test
    void jepsensOneMapALineIsReadWithNemesisEntriesExcluded() {
        History h = EdnHistory.read("h.edn", JEPSEN);
        assertEquals(6, h.size());
        assertEquals(2, h.excluded());
        Op cas = h.ops().get(2);
        assertEquals(3, cas.index());
        assertEquals(OpType.INVOKE, cas.type());
        assertEquals("cas", cas.f());
        assertEquals(List.of(3L, 4L), cas.value());
        assertEquals(2500, cas.time());
        assertEquals(4, h.line(2));
        assertEquals("conflict", h.ops().get(3).error());
        assertEquals(-1, h.ops().get(4).time(), "a time that is not an integer is unknown");
        assertEquals("[:timeout :slow]", h.ops().get(5).error(), "keywords and strings read alike");
        assertNull(h.ops().get(4).value());
    }

    @Test
    void knossossVectorAndListFormsAreRead() {
        String vector = "[{:process 0, :type :invoke, :f :read, :value nil}\n {:process 0, :type :ok, :f :read, :value 1}]";
        String list = "({:process 0 :type :invoke :f :read :value nil} ; comment\n {:process 0 :type :ok :f :read :value 1})";
        for (String text : List.of(vector, list)) {
            History h = EdnHistory.read("k.edn", text);
            assertEquals(2, h.size());
            assertEquals(1L, h.ops().get(1).value());
            assertEquals(1, h.ops().get(1).index(), "indices default to positions");
            assertEquals(2, h.line(1));
        }
    }

    @Test
    void ednAndJsonLinesRoundTripAGeneratedHistory() {
        History h = RandomHistories.generate("cas-register", 5, 200, 0.1, 9);
        assertEquals(h.ops(), EdnHistory.read("x.edn", EdnHistory.write(h)).ops());
        assertEquals(h.ops(), JsonLinesHistory.read("x.jsonl", JsonLinesHistory.write(h)).ops());
        History keyed = RandomHistories.generateKeyed("register", 3, 3, 50, 0.1, 4);
        assertEquals(keyed.ops(), EdnHistory.read("k.edn", EdnHistory.write(keyed)).ops());
        assertEquals(keyed.ops(), JsonLinesHistory.read("k.jsonl", JsonLinesHistory.write(keyed)).ops());
    }

    @Test
    void jsonLinesAreReadWithNemesisEntriesExcluded() {
        String text = """
                {"index":0,"time":5,"process":0,"type":"invoke","f":"write","value":1}
                {"index":1,"process":"nemesis","type":"info","f":"start","value":null}

                {"index":2,"time":9,"process":0,"type":"ok","f":"write","value":1,"extra":{"a":[1,2.5,true]}}
                """;
        History h = JsonLinesHistory.read("h.jsonl", text);
        assertEquals(2, h.size());
        assertEquals(1, h.excluded());
        assertEquals(4, h.line(1));
        assertEquals(2, h.ops().get(1).index());
    }

    @Test
    void theFormatIsDetectedByExtensionThenContent() {
        assertEquals(HistoryFiles.Format.EDN, HistoryFiles.detect("a.edn", "{\"x\":1}"));
        assertEquals(HistoryFiles.Format.JSON_LINES, HistoryFiles.detect("a.jsonl", "{:x 1}"));
        assertEquals(HistoryFiles.Format.JSON_LINES, HistoryFiles.detect("a.txt", "  { \"process\":0}"));
        assertEquals(HistoryFiles.Format.EDN, HistoryFiles.detect("a.txt", "{:process 0}"));
        assertEquals(HistoryFiles.Format.EDN, HistoryFiles.detect("history", "[{:process 0}]"));
    }

    static HistoryFormatException ednError(String text) {
        return assertThrows(HistoryFormatException.class, () -> EdnHistory.read("bad.edn", text));
    }

    static HistoryFormatException jsonError(String text) {
        return assertThrows(HistoryFormatException.class, () -> JsonLinesHistory.read("bad.jsonl", text));
    }

    @Test
    void anEdnMapIsReadPairByPairTheLastOfARepeatedKeyWinning() {
        History h = EdnHistory.read("m.edn", "{:process 0, :type :invoke, :f :write, :value 1, :value 2}\n"
                + "{:process 0 :type :ok :f :write :value {:a [1 {:b nil}], \"c\" #{3}} :value 2}");
        assertEquals(2L, h.ops().get(0).value());
        assertEquals(2L, h.ops().get(1).value());
        HistoryFormatException unclosed = ednError("{:process 0 :type :invoke\n:f :read :value nil\n");
        assertEquals(1, unclosed.line());
        assertTrue(unclosed.getMessage().contains("expected '}' to close what was opened on this line"), unclosed.getMessage());
        HistoryFormatException crossed = ednError("{:process 0 :type :invoke :f :read :value nil]");
        assertTrue(crossed.getMessage().contains("expected '}', found ']'"), crossed.getMessage());
        HistoryFormatException deep = ednError("{:process 0 :type :invoke :f :read :value " + "{:a ".repeat(1001) + "}".repeat(1002));
        assertTrue(deep.getMessage().contains("nested at most 1000 deep"), deep.getMessage());
    }

    @Test
    void malformedEdnNamesTheFileAndLine() {
        HistoryFormatException unclosed = ednError("{:process 0 :type :invoke :f :read :value nil}\n{:process 0 :type :ok\n :f :read :value [1 2}\n");
        assertEquals(3, unclosed.line());
        assertTrue(unclosed.getMessage().startsWith("bad.edn line 3: expected ']'"), unclosed.getMessage());
        HistoryFormatException odd = ednError("\n\n{:process 0 :type}");
        assertEquals(3, odd.line());
        assertTrue(odd.getMessage().contains("even number"), odd.getMessage());
        HistoryFormatException type = ednError("{:process 0 :type :done :f :read}");
        assertTrue(type.getMessage().contains("expected :type to be :invoke, :ok, :fail or :info, found :done"), type.getMessage());
        HistoryFormatException noF = ednError("{:process 0 :type :invoke :f 7}");
        assertTrue(noF.getMessage().contains("expected :f to be a keyword"), noF.getMessage());
        HistoryFormatException string = ednError("{:process 0 :type :invoke :f :read :value \"abc}\n");
        assertEquals(1, string.line());
        assertTrue(string.getMessage().contains("closing '\"'"), string.getMessage());
        HistoryFormatException notMap = ednError("{:process 0 :type :invoke :f :read}\n:oops\n");
        assertEquals(2, notMap.line());
        HistoryFormatException noProcess = ednError("{:type :invoke :f :read}");
        assertTrue(noProcess.getMessage().contains(":process"), noProcess.getMessage());
        HistoryFormatException stray = ednError("[{:process 0 :type :invoke :f :read}\n)");
        assertEquals(2, stray.line());
    }

    @Test
    void malformedJsonLinesNameTheFileAndLine() {
        String good = "{\"process\":0,\"type\":\"invoke\",\"f\":\"read\",\"value\":null}\n";
        HistoryFormatException truncated = jsonError(good + "{\"process\":0,\"type\":\"ok\",\"f\":\"read\",\"value\":\n");
        assertEquals(2, truncated.line());
        assertTrue(truncated.getMessage().startsWith("bad.jsonl line 2: expected a JSON value"), truncated.getMessage());
        HistoryFormatException garbage = jsonError(good + good.replace("invoke", "ok") + "not json\n");
        assertEquals(3, garbage.line());
        HistoryFormatException trailing = jsonError("{\"process\":0,\"type\":\"invoke\",\"f\":\"read\"} x\n");
        assertTrue(trailing.getMessage().contains("end of the line"), trailing.getMessage());
        HistoryFormatException type = jsonError("{\"process\":0,\"type\":\"maybe\",\"f\":\"read\"}");
        assertTrue(type.getMessage().contains("\"invoke\", \"ok\", \"fail\" or \"info\""), type.getMessage());
    }

    @Test
    void jsonLinesHoldOneOperationALineWhateverEndsTheLines() {
        String invoke = "{\"process\":0,\"type\":\"invoke\",\"f\":\"read\",\"value\":null}";
        String ok = "{\"process\":0,\"type\":\"ok\",\"f\":\"read\",\"value\":1}";
        History crlf = JsonLinesHistory.read("w.jsonl", invoke + "\r\n\r\n" + ok + "\r\n");
        assertEquals(2, crlf.size());
        assertEquals(3, crlf.line(1), "a blank line counts");
        HistoryFormatException split = jsonError(invoke + "\n{\"process\":0,\"type\":\"ok\",\n\"f\":\"read\",\"value\":1}\n");
        assertEquals(2, split.line());
        assertTrue(split.getMessage().contains("expected a key in double quotes, found the end of the line"), split.getMessage());
        HistoryFormatException two = jsonError(invoke + " " + ok + "\n");
        assertEquals(1, two.line());
        assertTrue(two.getMessage().contains("expected the end of the line after the operation object, found '{' at column 55"),
                two.getMessage());
        HistoryFormatException oldMac = jsonError(invoke + "\r" + ok + "\r");
        assertEquals(1, oldMac.line(), "a carriage return alone ends no line");
        assertTrue(oldMac.getMessage().contains("expected the end of the line after the operation object"), oldMac.getMessage());
        HistoryFormatException colon = jsonError("{\"process\" 0}");
        assertTrue(colon.getMessage().contains("expected ':', found '0' at column 12"), colon.getMessage());
        History lenient = JsonLinesHistory.read("l.jsonl", "{\"process\":00,\"type\":\"invoke\",\"f\":\"write\",\"value\":\"a\tb\\'\"}");
        assertEquals("a\tb'", lenient.ops().get(0).value(), "a raw tab and an escaped quote, as the hand-written reader took them");
    }

    @Test
    void historiesBreakingJepsensRulesAreRejectedNamingTheEntry() {
        HistoryFormatException twoPending = ednError("""
                {:process 0 :type :invoke :f :write :value 1}
                {:process 0 :type :invoke :f :read :value nil}
                """);
        assertEquals(2, twoPending.line());
        assertTrue(twoPending.getMessage().contains("still pending") && twoPending.getMessage().contains("line 1"), twoPending.getMessage());
        HistoryFormatException wrongF = ednError("""
                {:process 0 :type :invoke :f :write :value 1}
                {:process 0 :type :ok :f :read :value 1}
                """);
        assertEquals(2, wrongF.line());
        assertTrue(wrongF.getMessage().contains("expected f write"), wrongF.getMessage());
        HistoryFormatException afterInfo = ednError("""
                {:process 0 :type :invoke :f :write :value 1}
                {:process 0 :type :info :f :write :value 1}
                {:process 0 :type :invoke :f :read :value nil}
                """);
        assertEquals(3, afterInfo.line());
        assertTrue(afterInfo.getMessage().contains("after it got info"), afterInfo.getMessage());
        HistoryFormatException orphan = ednError("{:process 0 :type :ok :f :read :value 1}");
        assertTrue(orphan.getMessage().contains("answers no pending invocation"), orphan.getMessage());
        HistoryFormatException inMemory = assertThrows(HistoryFormatException.class, () -> History.of(List.of(
                new Op(0, -1, 4, OpType.INVOKE, "read", null, null), new Op(1, -1, 4, OpType.INVOKE, "read", null, null))));
        assertTrue(inMemory.getMessage().contains("entry 1"), inMemory.getMessage());
    }
}
