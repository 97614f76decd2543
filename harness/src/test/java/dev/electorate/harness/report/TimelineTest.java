package dev.electorate.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.spec.Cluster;
import dev.electorate.spec.Envelope;
import dev.electorate.spec.GenericMessage;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import dev.electorate.spec.property.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The timeline matches every message to its receipt or loss, and cuts long runs into legible windows. */
class TimelineTest {

    /** Node 1 sends a ping to 2 every tick; 2 receives it a tick later, except every tenth, which is lost. */
    private static Trace pings(int count) {
        List<Step> steps = new ArrayList<>();
        long i = 0;
        steps.add(Step.start(i++, 0, 2, "Start", List.of(), Map.of(), Role.FOLLOWER, 1, 0));
        for (int k = 0; k < count; k++) {
            GenericMessage ping = new GenericMessage("Ping", Map.of("n", k));
            steps.add(Step.timeout(i++, k, 1, "SendPing", "beat",
                    List.of(new Envelope(1, 2, ping)), Map.of(), Role.LEADER, 1, 1));
            if (k % 10 == 9) {
                steps.add(Step.fault(i++, k + 1, 2, "Lose", 1, ping,
                        Role.FOLLOWER, 1, 0, true, "lost by the network"));
            } else {
                steps.add(Step.receive(i++, k + 1, 2, "ReceivePing", 1, ping, List.of(), Map.of(),
                        Role.FOLLOWER, 1, 0));
            }
        }
        return new Trace(new TraceHeader("probe", null, new Cluster(List.of(1, 2)), 1, "loss", 0, 10, count + 2), steps);
    }

    @Test
    void everyMessageEndsWhereItWasReceivedOrLost() {
        TimelineModel model = TimelineModel.of(pings(100), null);
        assertEquals(100, model.arrows().size());
        assertEquals(90, model.arrows().stream().filter(a -> a.fate().equals("received")).count());
        assertEquals(10, model.arrows().stream().filter(a -> a.fate().equals("lost")).count());
        assertTrue(model.arrows().stream().allMatch(a -> a.endAt() == a.sentAt() + 1), "each ping ends a tick later");
        // One band per node: their state never changes.
        assertEquals(2, model.roles().size());
        assertEquals(List.of("follower", "leader"), model.roles().stream().map(Band::kind).sorted().toList());
    }

    @Test
    void aRunOfThousandsOfStepsIsCutIntoWindowsAndOpensAtTheViolation() {
        Trace trace = pings(3000);
        Violation v = new Violation("Uniqueness", 4001, trace.steps().get(4001).time(), "made up");
        TimelineModel model = TimelineModel.of(trace, v);
        TimelineSvg svg = new TimelineSvg(model, "t");
        assertTrue(svg.windows() >= 20, "windows: " + svg.windows());
        int initial = svg.initialWindow();
        assertTrue(svg.windowStart(initial) <= v.time() && v.time() <= svg.windowEnd(initial));
        assertEquals(model.horizon(), svg.windowEnd(svg.windows() - 1), "the last window ends at the horizon");
        for (int w = 0; w < svg.windows(); w++) {
            String drawn = svg.window(w).toString();
            int arrows = count(drawn, "<line class=\"msg ");
            assertTrue(arrows <= 130, "window " + w + " draws " + arrows + " messages");
            boolean holds = svg.windowStart(w) <= v.time() && v.time() <= svg.windowEnd(w);
            assertEquals(holds, drawn.contains("class=\"violation\""), "window " + w);
        }
        String page = CounterexampleView.timeline("t", model).toString();
        assertTrue(page.length() < 3_000_000, "page of " + page.length() + " chars");
        Matcher lanes = Pattern.compile("<g class=\"lane\" data-node=\"(\\d+)\"").matcher(svg.window(initial).toString());
        List<String> nodes = new ArrayList<>();
        while (lanes.find()) {
            nodes.add(lanes.group(1));
        }
        assertEquals(List.of("1", "2"), nodes);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
