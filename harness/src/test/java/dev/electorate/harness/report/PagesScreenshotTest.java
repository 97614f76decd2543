package dev.electorate.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.electorate.harness.check.NodeRange;
import dev.electorate.harness.check.Progress;
import dev.electorate.harness.compare.Comparison;
import dev.electorate.impl.Algorithms;
import dev.electorate.history.EdnHistory;
import dev.electorate.history.History;
import dev.electorate.lin.LinearizabilityChecker;
import dev.electorate.lin.Model;
import dev.electorate.lin.Models;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Opens the linearizability page and the comparison page in headless Chromium: the screenshots show
 * the marked operation and the bars, and the plotted series. Pages and screenshots stay under
 * harness/target/report-screenshots/ (lin.png, compare.png) to be looked at.
 */
class PagesScreenshotTest {
    private static final Path DIR = Path.of("target", "report-screenshots").toAbsolutePath();

    private static BufferedImage shoot(Path page, String name, int height) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            fail("/usr/bin/chromium is missing: install it with `apt-get install -y chromium` (.ci/run does this)");
        }
        Path png = DIR.resolve(name + ".png");
        Files.deleteIfExists(png);
        ReportScreenshotTest.chromium("--screenshot=" + png, "--window-size=1300," + height, page.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "chromium wrote no PNG at " + png);
        return image;
    }

    private static long pixels(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += ReportScreenshotTest.near(image.getRGB(x, y) & 0xFFFFFF, rgb) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void theLinearizabilityPageShowsTheBarsAndTheMarkedOperation() throws Exception {
        History h = EdnHistory.read("bad.edn", LinPageTest.HISTORY);
        Model register = Models.byName("register");
        Path page = LinPage.write(DIR, "bad.edn", "bad.edn", h, register,
                LinearizabilityChecker.check(h, register, Duration.ofSeconds(10)));
        BufferedImage image = shoot(page, "lin", 800);
        long failing = pixels(image, 0xF6BCBC);
        long bars = pixels(image, 0xCFE2F3);
        long cut = pixels(image, 0xC00000);
        String seen = "failing pink " + failing + ", bar blue " + bars + ", cut red " + cut + " in " + DIR.resolve("lin.png");
        assertTrue(failing > 300, "the marked operation is not visible: " + seen);
        assertTrue(bars > 1000, "no operation bars: " + seen);
        assertTrue(cut > 50, "the prefix's end is not drawn: " + seen);
    }

    @Test
    void theComparisonPageShowsEverySeries() throws Exception {
        Comparison.Result r = Comparison.run(new Comparison.Plan(List.of(Algorithms.byName("bully"),
                Algorithms.byName("chang-roberts")), new NodeRange(3, 8), 3, 1), Progress.quiet());
        Path page = ComparePage.write(r, DIR.resolve("compare")).page();
        BufferedImage image = shoot(page, "compare", 2000);
        assertEquals(1300, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        long bully = pixels(image, 0x1F77B4);
        long changRoberts = pixels(image, 0xD62728);
        String seen = "colours " + colours.size() + ", bully blue " + bully + ", chang-roberts red " + changRoberts
                + " in " + DIR.resolve("compare.png");
        assertTrue(colours.size() > 30, "blank page: " + seen);
        assertTrue(bully > 200 && changRoberts > 200, "a series is missing from the plots: " + seen);
    }
}
