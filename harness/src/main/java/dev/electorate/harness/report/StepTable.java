package dev.electorate.harness.report;

import dev.electorate.spec.Envelope;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.stream.Collectors;

/** The steps just before and after the violating one, as a table a reader can follow line by line. */
public final class StepTable {
    private static final int BEFORE = 10;
    private static final int AFTER = 3;

    private StepTable() {}

    /** The table around step {@code marked} of {@code trace}. */
    public static Html around(Trace trace, long marked) {
        Html h = new Html();
        int size = trace.steps().size();
        if (size == 0) {
            return h;
        }
        int focus = (int) Math.max(0, Math.min(size - 1, marked));
        h.open("table", "class", "steps");
        h.open("caption").text("Steps " + Math.max(0, focus - BEFORE) + " to " + Math.min(size - 1, focus + AFTER)
                + " of " + size + "; the violating step is marked.").close("caption");
        h.open("thead").open("tr");
        for (String column : new String[] {"step", "tick", "node", "action", "from", "message / timer", "sent",
                "role", "leader", "term"}) {
            h.element("th", column);
        }
        h.close("tr").close("thead").open("tbody");
        for (int i = Math.max(0, focus - BEFORE); i <= Math.min(size - 1, focus + AFTER); i++) {
            Step s = trace.steps().get(i);
            h.open("tr", "class", i == marked ? "marked" : s.isFault() ? "fault" : null, "data-step", s.index());
            h.element("td", Long.toString(s.index()));
            h.element("td", Long.toString(s.time()));
            h.element("td", s.node() == 0 ? "network" : Integer.toString(s.node()));
            h.element("td", s.action() + (s.isFault() && s.detail() != null ? " (" + s.detail() + ")" : ""));
            h.element("td", s.from() == 0 ? "" : Integer.toString(s.from()));
            h.element("td", s.message() != null ? TimelineModel.describe(s.message())
                    : s.timer() != null ? "timer " + s.timer() : "");
            h.element("td", s.sent().stream().map(StepTable::describe).collect(Collectors.joining("; ")));
            h.element("td", s.up() ? s.role().name() : s.node() == 0 ? "" : "down");
            h.element("td", s.leader() == 0 ? "" : Integer.toString(s.leader()));
            h.element("td", s.term() == 0 ? "" : Long.toString(s.term()));
            h.close("tr");
        }
        h.close("tbody").close("table");
        return h;
    }

    private static String describe(Envelope e) {
        return "\u2192" + e.to() + " " + TimelineModel.describe(e.message());
    }
}
