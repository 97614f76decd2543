package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.history.EdnHistory;
import dev.electorate.history.JsonLinesHistory;
import dev.electorate.lin.RandomHistories;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code electorate lin}: one verdict line per file, and exit status 0, 1, 2 or 3. */
class LinCommandTest {

    static final String GOOD = """
            {:process 0, :type :invoke, :f :write, :value 1, :index 0}
            {:process :nemesis, :type :info, :f :start, :value nil, :index 1}
            {:process 0, :type :ok, :f :write, :value 1, :index 2}
            {:process 1, :type :invoke, :f :read, :value nil, :index 3}
            {:process 1, :type :ok, :f :read, :value 1, :index 4}
            """;

    static final String STALE = GOOD.replace(":f :read, :value 1", ":f :read, :value nil");

    @Test
    void linearizableFilesExitZeroWithOneLineEach(@TempDir Path dir) throws Exception {
        Path edn = Files.writeString(dir.resolve("good.edn"), GOOD);
        Path jsonl = Files.writeString(dir.resolve("gen.jsonl"),
                JsonLinesHistory.write(RandomHistories.generate("register", 10, 2000, 0.05, 1)));
        CliTest.Outcome o = CliTest.run("lin", "--out", dir.resolve("out").toString(), edn.toString(), jsonl.toString(), "--model", "cas-register");
        assertEquals(0, o.status(), o.out() + o.err());
        String[] lines = o.out().split("\n");
        assertEquals(2, lines.length, o.out());
        assertTrue(Files.exists(dir.resolve("out").resolve("lin").resolve("index.html")), "the index lists every file");
        assertEquals(edn + ": cas-register, 2 operations, 1 non-client entries excluded: linearizable", lines[0]);
        assertTrue(lines[1].startsWith(jsonl + ": cas-register, 2000 operations") && lines[1].endsWith(": linearizable"), lines[1]);
    }

    @Test
    void aStaleReadExitsOneWithTheExplanation(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.edn"), GOOD);
        Path stale = Files.writeString(dir.resolve("stale.edn"), STALE);
        CliTest.Outcome o = CliTest.run("lin", "--out", dir.resolve("out").toString(), stale.toString(), good.toString(), "--model", "register");
        assertEquals(1, o.status(), o.out() + o.err());
        assertTrue(o.out().startsWith(stale + ": register, 2 operations, 1 non-client entries excluded: not-linearizable\n"), o.out());
        assertTrue(o.out().contains("ends at entry 4 (line 5)"), o.out());
        assertTrue(o.out().contains("process 1 read -> nil (entries 3..4)"), o.out());
        assertTrue(o.out().contains("model states possible just before it: 1"), o.out());
        assertTrue(o.out().contains(good + ": register, 2 operations, 1 non-client entries excluded: linearizable"), o.out());
    }

    @Test
    void badInputExitsTwoAfterCheckingTheOtherFiles(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.edn"), GOOD);
        Path stale = Files.writeString(dir.resolve("stale.edn"), STALE);
        Path broken = Files.writeString(dir.resolve("broken.edn"), GOOD + "{:process 2 :type :invoke :f :read\n");
        Path missing = dir.resolve("missing.edn");
        CliTest.Outcome o = CliTest.run("lin", "--out", dir.resolve("out").toString(), broken.toString(), missing.toString(), good.toString(), stale.toString(),
                "--model", "register");
        assertEquals(2, o.status(), o.out() + o.err());
        assertTrue(o.err().contains(broken + " line 6: expected"), o.err());
        assertTrue(o.err().contains(missing + ": no such file"), o.err());
        assertTrue(o.out().contains(good + ": register, 2 operations, 1 non-client entries excluded: linearizable"), o.out());
        assertTrue(o.out().contains(stale + ": register, 2 operations, 1 non-client entries excluded: not-linearizable"), o.out());
    }

    @Test
    void aHistoryThatDoesNotFitTheModelOrAnUnknownModelIsBadInput(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.edn"), GOOD);
        CliTest.Outcome wrongModel = CliTest.run("lin", "--out", dir.resolve("out").toString(), good.toString(), "--model", "mutex");
        assertEquals(2, wrongModel.status());
        assertTrue(wrongModel.err().contains("line 3: the mutex model knows acquire and release, not write"), wrongModel.err());
        CliTest.Outcome unknownModel = CliTest.run("lin", "--out", dir.resolve("out").toString(), good.toString(), "--model", "queue");
        assertEquals(2, unknownModel.status());
        assertTrue(unknownModel.err().contains("'queue'") && unknownModel.err().contains("fenced-lease"), unknownModel.err());
        CliTest.Outcome badTimeout = CliTest.run("lin", "--out", dir.resolve("out").toString(), good.toString(), "--model", "register", "--timeout", "soon");
        assertEquals(2, badTimeout.status());
        assertTrue(badTimeout.err().contains("--timeout 'soon'"), badTimeout.err());
    }

    @Test
    void runningOutOfTimeExitsThree(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.edn"),
                EdnHistory.write(RandomHistories.generate("cas-register", 50, 3000, 0.1, 32)));
        CliTest.Outcome o = CliTest.run("lin", "--out", dir.resolve("out").toString(), big.toString(), "--model", "cas-register", "--timeout", "0s");
        assertEquals(3, o.status(), o.out() + o.err());
        assertTrue(o.out().trim().endsWith(": unknown"), o.out());
    }

    @Test
    void keyedHistoriesAreCheckedPerKey(@TempDir Path dir) throws Exception {
        Path keyed = Files.writeString(dir.resolve("keyed.edn"),
                EdnHistory.write(RandomHistories.generateKeyed("cas-register", 4, 5, 300, 0.05, 3)));
        CliTest.Outcome o = CliTest.run("lin", "--out", dir.resolve("out").toString(), keyed.toString(), "--model", "cas-register", "--keyed");
        assertEquals(0, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("keyed cas-register, ") && o.out().contains(" operations, 4 keys") && o.out().trim().endsWith("linearizable"), o.out());
    }

    @Test
    void aPageIsWrittenForANonLinearizableHistoryAndNoneForALinearizableOne(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.edn"), GOOD);
        Path stale = Files.writeString(dir.resolve("stale.edn"), STALE);
        Path out = dir.resolve("out");
        CliTest.Outcome o = CliTest.run("lin", "--out", out.toString(), good.toString(), stale.toString(), "--model", "register");
        assertEquals(1, o.status(), o.out() + o.err());
        Path page = out.resolve("lin").resolve("stale.edn.html");
        assertTrue(o.out().contains("  page: " + page), o.out());
        assertTrue(o.out().endsWith("report: " + out.resolve("lin").resolve("index.html") + "\n"), o.out());
        assertTrue(Files.exists(page));
        assertFalse(Files.exists(out.resolve("lin").resolve("good.edn.html")), "no page for a linearizable history");
        String html = Files.readString(page);
        assertTrue(html.contains("lin-op failing") && html.contains("lin-cut") && html.contains(">process 1</text>"), html);
        String index = Files.readString(out.resolve("lin").resolve("index.html"));
        assertTrue(index.contains("href=\"stale.edn.html\"") && index.contains(good.toString()) && index.contains(">linearizable<"), index);
        assertEquals("", o.err(), "no progress bar without a terminal");
    }

    @Test
    void aFileThatFailsDoesNotStopTheFilesAfterItNorTheIndex(@TempDir Path dir) throws Exception {
        Path deep = Files.writeString(dir.resolve("deep.jsonl"), "{\"process\":0,\"type\":\"invoke\","
                + "\"f\":\"write\",\"value\":" + "[".repeat(5000) + "]".repeat(5000) + "}\n");
        Path binary = Files.write(dir.resolve("binary.jsonl"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 7});
        Path folder = Files.createDirectories(dir.resolve("folder.jsonl"));
        Path good = Files.writeString(dir.resolve("good.jsonl"),
                "{\"process\":0,\"type\":\"invoke\",\"f\":\"acquire\",\"value\":null}\n"
                        + "{\"process\":0,\"type\":\"ok\",\"f\":\"acquire\",\"value\":null}\n");
        CliTest.Outcome o = CliTest.run("lin", deep.toString(), binary.toString(), folder.toString(), good.toString(),
                "--model", "mutex", "--out", dir.resolve("out").toString());
        assertEquals(2, o.status(), o.out() + o.err());
        assertTrue(o.err().contains("nested at most 1000 deep"), o.err());
        assertTrue(o.err().contains("not UTF-8"), o.err());
        assertTrue(o.err().contains(folder + ": cannot read it (it is a folder"), o.err());
        assertTrue(o.out().contains(good + ": mutex, 1 operations") && o.out().contains("linearizable"), o.out());
        String index = Files.readString(dir.resolve("out").resolve("lin").resolve("index.html"));
        assertTrue(index.contains("deep.jsonl") && index.contains("good.jsonl") && index.contains("folder.jsonl"), index);
    }

    @Test
    void filesCheckedAtOnceAreReportedInTheirOrderAsWhenCheckedOneByOne(@TempDir Path dir) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("lin", "--model", "cas-register"));
        for (int i = 0; i < 12; i++) {
            String text = i % 3 == 1 ? STALE : EdnHistory.write(RandomHistories.generate("cas-register", 5, 200 + 50 * i, 0.05, i));
            args.add(Files.writeString(dir.resolve(String.format("h%02d.edn", i)), text).toString());
        }
        args.add(dir.resolve("missing.edn").toString());
        java.util.List<String> one = new java.util.ArrayList<>(args);
        one.addAll(java.util.List.of("--jobs", "1", "--out", dir.resolve("one").toString()));
        java.util.List<String> four = new java.util.ArrayList<>(args);
        four.addAll(java.util.List.of("--jobs", "4", "--out", dir.resolve("four").toString()));
        CliTest.Outcome a = CliTest.run(one.toArray(String[]::new));
        CliTest.Outcome b = CliTest.run(four.toArray(String[]::new));
        assertEquals(2, a.status(), a.err());
        assertEquals(a.status(), b.status());
        assertEquals(a.out().replace(dir.resolve("one").toString(), "OUT"), b.out().replace(dir.resolve("four").toString(), "OUT"));
        assertEquals(a.err(), b.err());
        assertTrue(a.out().indexOf("h01.edn") < a.out().indexOf("h02.edn") && a.out().indexOf("h10.edn") < a.out().indexOf("h11.edn"), a.out());
        assertEquals(Files.readString(dir.resolve("one/lin/index.html")), Files.readString(dir.resolve("four/lin/index.html"))
                .replace(dir.resolve("four").toString(), dir.resolve("one").toString()));
    }

    @Test
    void noPagesKeepsTheVerdictsAndTheIndexButDrawsNothing(@TempDir Path dir) throws Exception {
        Path stale = Files.writeString(dir.resolve("stale.edn"), STALE);
        CliTest.Outcome o = CliTest.run("lin", "--no-pages", "--out", dir.resolve("out").toString(), stale.toString(), "--model", "register");
        assertEquals(1, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("not-linearizable"), o.out());
        assertFalse(o.out().contains("page:"), o.out());
        assertTrue(Files.exists(dir.resolve("out/lin/index.html")));
        assertFalse(Files.exists(dir.resolve("out/lin/stale.edn.html")), "no page with --no-pages");
    }

    @Test
    void aJobCountOutOfRangeIsBadInput(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.edn"), GOOD);
        for (String jobs : new String[] {"0", "-1", "100000"}) {
            CliTest.Outcome o = CliTest.run("lin", "--jobs", jobs, "--out", dir.resolve("out").toString(), good.toString(), "--model", "register");
            assertEquals(2, o.status(), o.err());
            assertTrue(o.err().contains("--jobs"), o.err());
        }
    }
}
