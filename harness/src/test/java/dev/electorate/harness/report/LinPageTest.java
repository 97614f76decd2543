package dev.electorate.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.history.EdnHistory;
import dev.electorate.history.History;
import dev.electorate.lin.LinearizabilityChecker;
import dev.electorate.lin.Model;
import dev.electorate.lin.Models;
import dev.electorate.lin.Result;
import dev.electorate.lin.HistoryVerdict;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page of a non-linearizable history: one row per process, a bar per operation, the operation
 * ending the shortest bad prefix marked, the cut drawn, indeterminate operations open, the states
 * before it listed; values that look like markup stay text.
 */
class LinPageTest {
    static final String EVIL = "<script>alert('x')</script>";

    /**
     * Process 0 writes 1; process 1 reads 1 (concurrently with the write); then process 2 writes the
     * evil string, and its write times out (info). Process 3 then reads 0, which nothing wrote: the
     * prefix ending with that read is the shortest bad one. Process 1 reads again afterwards.
     */
    static final String HISTORY = """
            {:process 0, :type :invoke, :f :write, :value 1, :index 0}
            {:process 1, :type :invoke, :f :read, :value nil, :index 1}
            {:process 0, :type :ok, :f :write, :value 1, :index 2}
            {:process 1, :type :ok, :f :read, :value 1, :index 3}
            {:process 2, :type :invoke, :f :write, :value "EVIL", :index 4}
            {:process 2, :type :info, :f :write, :value "EVIL", :index 5}
            {:process 3, :type :invoke, :f :read, :value nil, :index 6}
            {:process 3, :type :ok, :f :read, :value 0, :index 7}
            {:process 1, :type :invoke, :f :read, :value nil, :index 8}
            {:process 1, :type :ok, :f :read, :value 1, :index 9}
            """.replace("EVIL", EVIL);

    static Result check(History h, Model m) {
        return LinearizabilityChecker.check(h, m, Duration.ofSeconds(10));
    }

    @Test
    void thePageDrawsTheProcessesTheMarkedOperationTheCutAndTheStates() {
        History h = EdnHistory.read("bad.edn", HISTORY);
        Model register = Models.byName("register");
        Result r = check(h, register);
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, r.verdict());
        String html = LinPage.render("bad.edn", h, register, r);

        for (int p = 0; p <= 3; p++) {
            assertTrue(html.contains(">process " + p + "</text>"), "a row for process " + p);
        }
        assertEquals(5, count(html, "<g class=\"lin-op"), "one bar per operation: four before or at the cut, one after");
        Matcher failing = Pattern.compile("<g class=\"lin-op failing\" data-op=\"\\d+\" data-process=\"3\">").matcher(html);
        assertTrue(failing.find(), "process 3's read is the marked operation");
        assertEquals(1, count(html, "lin-op failing"), "exactly one marked operation");
        assertTrue(html.contains("class=\"lin-op info\" data-op=\"2\" data-process=\"2\""), "the timed-out write is open-ended");
        assertTrue(html.contains("class=\"lin-op after\""), "the read after the cut is drawn, greyed");
        assertTrue(html.contains("class=\"lin-cut\""), "the prefix's end is drawn");
        assertTrue(html.contains("read \u2192 0"), "the failing read's result is shown");
        assertTrue(html.contains("prefix ends at entry</b> 7 (line 8)"), html);
        assertTrue(html.contains("Model states possible just before the marked completion"));
        assertTrue(html.contains("<li><code>"), "the states are listed");
    }

    @Test
    void markupInValuesIsEscaped() {
        History h = EdnHistory.read("bad.edn", HISTORY);
        Model register = Models.byName("register");
        String html = LinPage.render("bad" + EVIL + ".edn", h, register, check(h, register));
        assertEquals(0, count(html, "<script"), "no script element at all");
        assertFalse(html.contains("alert('x')"), "quotes inside text are escaped too");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "the value is shown, escaped");
    }

    @Test
    void aKeyedHistoryDrawsOnlyTheFailingKey() {
        History h = EdnHistory.read("keyed.edn", """
                {:process 0, :type :invoke, :f :write, :value [:a 1], :index 0}
                {:process 0, :type :ok, :f :write, :value [:a 1], :index 1}
                {:process 1, :type :invoke, :f :write, :value [:b 7], :index 2}
                {:process 1, :type :ok, :f :write, :value [:b 7], :index 3}
                {:process 2, :type :invoke, :f :read, :value [:b nil], :index 4}
                {:process 2, :type :ok, :f :read, :value [:b 1], :index 5}
                """);
        Model keyed = new dev.electorate.lin.Keyed(Models.byName("register"));
        Result r = check(h, keyed);
        assertEquals(HistoryVerdict.NOT_LINEARIZABLE, r.verdict());
        String html = LinPage.render("keyed.edn", h, keyed, r);
        assertTrue(html.contains("<b>key</b> :b"), "the failing key is named");
        assertEquals(2, count(html, "<g class=\"lin-op"), "only key b's write and read are drawn");
        assertTrue(html.contains("write 7 \u2192 7") && html.contains("read \u2192 1"), "values without their key");
        assertFalse(html.contains(">process 0</text>"), "process 0 only touched key a");
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
