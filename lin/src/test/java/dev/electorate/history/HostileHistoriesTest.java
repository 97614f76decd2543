package dev.electorate.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.lin.LinearizabilityChecker;
import dev.electorate.lin.Models;
import dev.electorate.lin.HistoryVerdict;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Histories written to break the reader: integers beyond 64 bits are kept exact, a process id
 * beyond them is rejected, deep nesting is rejected with a line (not a stack overflow), bytes that
 * are not UTF-8 are named, and a byte-order mark is skipped.
 */
class HostileHistoriesTest {

    private static final String BIG = "12345678901234567890";
    private static final String BIG_PLUS_ONE = "12345678901234567891";

    private static String jsonl(String written, String read) {
        return "{\"process\":0,\"type\":\"invoke\",\"f\":\"write\",\"value\":" + written + "}\n"
                + "{\"process\":0,\"type\":\"ok\",\"f\":\"write\",\"value\":" + written + "}\n"
                + "{\"process\":1,\"type\":\"invoke\",\"f\":\"read\",\"value\":null}\n"
                + "{\"process\":1,\"type\":\"ok\",\"f\":\"read\",\"value\":" + read + "}\n";
    }

    private static String edn(String written, String read) {
        return "{:process 0, :type :invoke, :f :write, :value " + written + "}\n"
                + "{:process 0, :type :ok, :f :write, :value " + written + "}\n"
                + "{:process 1, :type :invoke, :f :read, :value nil}\n"
                + "{:process 1, :type :ok, :f :read, :value " + read + "}\n";
    }

    private static HistoryVerdict check(History h) {
        return LinearizabilityChecker.check(h, Models.byName("register"), Duration.ofSeconds(10)).verdict();
    }

    @Test
    void integersBeyondSixtyFourBitsAreExact() {
        History json = HistoryFiles.read("h.jsonl", jsonl(BIG, BIG_PLUS_ONE), HistoryFiles.Format.JSON_LINES);
        assertEquals(new BigInteger(BIG), json.ops().get(0).value());
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, check(json), "a read of a value never written");
        assertEquals(HistoryVerdict.LINEARIZABLE,
                check(HistoryFiles.read("h.jsonl", jsonl(BIG, BIG), HistoryFiles.Format.JSON_LINES)));
        History ednHistory = HistoryFiles.read("h.edn", edn(BIG, BIG_PLUS_ONE), HistoryFiles.Format.EDN);
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, check(ednHistory));
        assertEquals(HistoryVerdict.LINEARIZABLE, check(HistoryFiles.read("h.edn", edn(BIG + "N", BIG), HistoryFiles.Format.EDN)));
    }

    @Test
    void aProcessIdBeyondSixtyFourBitsIsRejectedNotDropped() {
        HistoryFormatException json = assertThrows(HistoryFormatException.class, () -> HistoryFiles.read("h.jsonl",
                "{\"process\":" + BIG + ",\"type\":\"invoke\",\"f\":\"read\",\"value\":null}\n",
                HistoryFiles.Format.JSON_LINES));
        assertTrue(json.getMessage().contains("h.jsonl line 1") && json.getMessage().contains(BIG), json.getMessage());
        HistoryFormatException edn = assertThrows(HistoryFormatException.class, () -> HistoryFiles.read("h.edn",
                "{:process " + BIG + ", :type :invoke, :f :read, :value nil}", HistoryFiles.Format.EDN));
        assertTrue(edn.getMessage().contains(":process") && edn.getMessage().contains(BIG), edn.getMessage());
    }

    @Test
    void nestingFiveThousandDeepIsRejectedWithItsLine() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        HistoryFormatException json = assertThrows(HistoryFormatException.class, () -> HistoryFiles.read("h.jsonl",
                "{\"process\":0,\"type\":\"invoke\",\"f\":\"write\",\"value\":" + deep + "}\n",
                HistoryFiles.Format.JSON_LINES));
        assertTrue(json.getMessage().contains("nested at most 1000 deep"), json.getMessage());
        HistoryFormatException edn = assertThrows(HistoryFormatException.class, () -> HistoryFiles.read("h.edn",
                "{:process 0, :type :invoke, :f :write, :value " + deep + "}", HistoryFiles.Format.EDN));
        assertTrue(edn.getMessage().contains("nested at most 1000 deep"), edn.getMessage());
        // Nesting within the bound still reads.
        String fine = "[".repeat(50) + "]".repeat(50);
        HistoryFiles.read("h.edn", edn(fine, fine), HistoryFiles.Format.EDN);
    }

    @Test
    void bytesThatAreNotUtf8AreNamed(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("h.jsonl"), new byte[] {(byte) 0x1f, (byte) 0x8b, (byte) 0xff, 0, 1});
        HistoryFormatException e = assertThrows(HistoryFormatException.class, () -> HistoryFiles.read(binary));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsSkipped(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("h.jsonl"), "\uFEFF" + jsonl("1", "1"), StandardCharsets.UTF_8);
        assertEquals(HistoryVerdict.LINEARIZABLE, check(HistoryFiles.read(json)));
        Path edn = Files.writeString(dir.resolve("h"), "\uFEFF" + edn("1", "1"), StandardCharsets.UTF_8);
        assertEquals(HistoryVerdict.LINEARIZABLE, check(HistoryFiles.read(edn)));
        Path detected = Files.writeString(dir.resolve("g"), "\uFEFF" + jsonl("1", "1"), StandardCharsets.UTF_8);
        assertEquals(4, HistoryFiles.read(detected).ops().size(), "JSON Lines detected behind the mark");
    }
}
