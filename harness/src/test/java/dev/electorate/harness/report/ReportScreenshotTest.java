package dev.electorate.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.electorate.harness.check.CellResult;
import dev.electorate.harness.check.Checker;
import dev.electorate.harness.check.Counterexample;
import dev.electorate.harness.check.NodeRange;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.FaultClass;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Opens the report of a Bully partition counterexample in headless Chromium: the screenshot shows
 * coloured lanes and the marked step, and the rendered DOM has one lane per node and the violation.
 * The page and the screenshot stay under harness/target/report-screenshots/ to be looked at.
 */
class ReportScreenshotTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DIR = Path.of("target", "report-screenshots").toAbsolutePath();

    @Test
    void aBullyPartitionTimelineShowsItsLanesAndTheMarkedStep() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail(CHROMIUM + " is missing: this test renders the report in Debian's chromium;"
                    + " install it with `apt-get install -y chromium` (.ci/run does this)");
        }
        Path out = DIR.resolve("bully-partition");
        deleteTree(out);
        List<CellResult> cells = new Checker(new Checker.Plan(List.of(Algorithms.byName("bully")), null,
                List.of(FaultClass.parse("partition")), NodeRange.parse("5"), 200, 1, out), new Report(out)::writeCheck).run();
        Counterexample c = cells.get(0).counterexample();
        assertNotNull(c, "Bully under partition must yield a counterexample");
        Path page = out.resolve(Report.FILE);
        assertTrue(Files.exists(page), "check writes index.html");

        Path png = DIR.resolve("bully-partition.png");
        Files.deleteIfExists(png);
        chromium("--screenshot=" + png, "--window-size=1400,900", page.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "chromium wrote no PNG at " + png);
        assertEquals(1400, image.getWidth());

        // The lanes sit in the lower half of the first screen: count their colours there.
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        long leaderGreen = 0;
        long followerBlue = 0;
        long violationRed = 0;
        int top = image.getHeight() / 2;
        for (int y = top; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    nonWhite++;
                }
                leaderGreen += near(rgb, 0x2E9B4E) ? 1 : 0;
                followerBlue += near(rgb, 0x5B9BD5) ? 1 : 0;
                violationRed += near(rgb, 0xD00000) ? 1 : 0;
            }
        }
        long area = (long) image.getWidth() * (image.getHeight() - top);
        String seen = "colours " + colours.size() + ", non-white " + nonWhite + "/" + area + ", leader green "
                + leaderGreen + ", follower blue " + followerBlue + ", violation red " + violationRed + " in " + png;
        assertTrue(colours.size() > 30, "blank or nearly blank lanes: " + seen);
        assertTrue(nonWhite > area / 5, "the lanes region is mostly white: " + seen);
        assertTrue(leaderGreen > 2_000, "no LEADER band visible: " + seen);
        assertTrue(followerBlue > 2_000, "no FOLLOWER band visible: " + seen);
        assertTrue(violationRed > 100, "the violating step is not marked in red: " + seen);

        String dom = chromium("--dump-dom", page.toUri().toString());
        Files.writeString(DIR.resolve("bully-partition.dom.html"), dom, StandardCharsets.UTF_8);
        Matcher timeline = Pattern.compile("<div class=\"timeline\"[^>]*data-initial=\"(\\d+)\"").matcher(dom);
        assertTrue(timeline.find(), "no timeline in the page");
        String shown = visibleWindow(dom, Integer.parseInt(timeline.group(1)));
        List<Integer> lanes = new ArrayList<>();
        Matcher lane = Pattern.compile("<g class=\"lane\" data-node=\"(\\d+)\"").matcher(shown);
        while (lane.find()) {
            lanes.add(Integer.parseInt(lane.group(1)));
        }
        assertEquals(c.run().members(), lanes, "one lane per node, in ring order");
        assertEquals(new TreeSet<>(c.run().members()).size(), c.run().members().size());
        for (int node : c.run().members()) {
            assertTrue(shown.contains(">node " + node + "</text>"), "lane of node " + node + " is not labelled");
        }
        String mark = "<g class=\"violation\" data-step=\"" + c.violation().step() + "\"";
        assertTrue(shown.contains(mark), "the shown window does not mark step " + c.violation().step());
        assertTrue(dom.contains("Uniqueness broken at step " + c.violation().step()), "no label on the marked step");
        assertTrue(dom.contains(c.replayCommand()), "no replay command");
    }

    /** The window the script shows: the one not hidden, which must be the violating one. */
    private static String visibleWindow(String dom, int expected) {
        Matcher m = Pattern.compile("<div class=\"window\" data-window=\"(\\d+)\"([^>]*)>").matcher(dom);
        String shown = null;
        while (m.find()) {
            boolean hidden = m.group(2).contains("hidden");
            if (!hidden) {
                assertEquals(null, shown, "more than one window shown");
                assertEquals(expected, Integer.parseInt(m.group(1)), "the violating window is not the one shown");
                int end = dom.indexOf("</svg>", m.end());
                shown = dom.substring(m.start(), end);
            }
        }
        assertNotNull(shown, "no window is shown: did the page's script fail?");
        return shown;
    }

    static boolean near(int rgb, int target) {
        int dr = Math.abs(((rgb >> 16) & 0xFF) - ((target >> 16) & 0xFF));
        int dg = Math.abs(((rgb >> 8) & 0xFF) - ((target >> 8) & 0xFF));
        int db = Math.abs((rgb & 0xFF) - (target & 0xFF));
        return dr + dg + db < 30;
    }

    /** Runs headless chromium with a fresh profile and returns what it printed on standard output. */
    static String chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("electorate-chromium");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path stdout = profile.resolveSibling(profile.getFileName() + ".out");
        Path stderr = profile.resolveSibling(profile.getFileName() + ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("chromium did not finish in 120 s: " + command);
            }
            assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(stderr));
            return Files.readString(stdout);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            deleteTree(profile);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
