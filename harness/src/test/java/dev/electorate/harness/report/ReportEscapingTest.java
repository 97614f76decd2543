package dev.electorate.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.check.CellResult;
import dev.electorate.harness.check.Counterexample;
import dev.electorate.harness.check.Stats;
import dev.electorate.harness.check.CellVerdict;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Envelope;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.GenericMessage;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import dev.electorate.spec.property.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run data (message values, mutant names, details, explanations) never becomes markup in index.html. */
class ReportEscapingTest {

    private static final String EVIL = "<script>alert('x')</script>\" onmouseover=\"alert(1)\" '><img src=x>";

    @Test
    void markupInMessagesMutantNamesAndDetailsIsEscaped(@TempDir Path out) throws Exception {
        GenericMessage message = new GenericMessage("Election", Map.of("payload", EVIL));
        List<Step> steps = List.of(
                Step.start(0, 0, 1, "Start", List.of(new Envelope(1, 2, message)), Map.of(), Role.CANDIDATE, 0, 0),
                Step.start(1, 0, 2, "Start", List.of(), Map.of(), Role.IDLE, 0, 0),
                Step.networkFault(2, 3, "Partition", EVIL),
                Step.receive(3, 4, 2, "Receive" + EVIL, 1, message, List.of(), Map.of(), Role.LEADER, 2, 0));
        String mutant = "m" + EVIL;
        Trace trace = new Trace(new TraceHeader("bully", mutant, new Cluster(List.of(1, 2)), 7, "partition", 0, 10, 20),
                steps);
        Violation violation = new Violation("Uniqueness", 3, 4, "two leaders " + EVIL);
        RunSpec run = new RunSpec(Algorithms.byName("bully"), mutant, List.of(1, 2), 7, FaultClass.PARTITION, FaultSchedule.NONE);
        Path dir = out.resolve("counterexamples");
        Counterexample c = new Counterexample(run, violation, steps.size(), dir.resolve(mutant + ".replay.json").toString(),
                dir.resolve(mutant + ".trace.jsonl").toString(), dir.resolve(mutant + ".history.jsonl").toString(),
                "./electorate replay " + mutant);

        Path page = new Report(out).writeExplore("explore " + EVIL, Map.of("mutant " + EVIL, EVIL), c, trace);
        String html = Files.readString(page);

        assertEquals(1, count(html, "<script"), "only the page's own script may be a script element");
        assertFalse(html.contains("<img"), "no injected element");
        assertFalse(html.contains("onmouseover=\""), "no injected attribute");
        assertFalse(html.contains("alert('x')"), "quotes inside text are escaped too");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "the value is shown, escaped");
        // Links to files stay relative and percent-encoded.
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("./") || href.group(1).startsWith("#"), href.group(1));
            assertFalse(href.group(1).contains("<") || href.group(1).contains("'"), href.group(1));
        }
    }

    @Test
    void markupInMatrixNamesIsEscaped() {
        CellResult cell = new CellResult("alg" + EVIL, "partition" + EVIL, false, 10, 0, Map.of("Uniqueness", 0),
                CellVerdict.HOLDS, Stats.of(new long[] {1}), Stats.of(new long[] {1}), Stats.of(new long[] {1}), null, 0.1,
                null, 0);
        String html = IndexPage.render("t", Map.of(), List.of(cell), List.of(), "none");
        assertEquals(1, count(html, "<script"));
        assertFalse(html.contains("<img") || html.contains("onmouseover=\""), html);
    }

    @Test
    void theBuilderRefusesEventHandlersForeignLinksAndBadNames() {
        assertThrows(IllegalArgumentException.class, () -> new Html().empty("rect", "onclick", "x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().element("a", "x", "href", "javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> new Html().element("a", "x", "href", "//elsewhere/x.js"));
        assertThrows(IllegalArgumentException.class, () -> new Html().open("svg onload=x"));
        assertThrows(IllegalArgumentException.class, () -> new Html().constant("x</script><script>"));
        assertEquals("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39;", Html.escape("<b> & \"q\" 's'"));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
