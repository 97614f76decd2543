package dev.electorate.spec;

import java.util.List;

/** A whole run: its header and every step in order. Written as JSON Lines, one step a line. */
public record Trace(TraceHeader header, List<Step> steps) {
    public Trace {
        steps = List.copyOf(steps);
    }

    /** Messages sent in steps {@code [0, endExclusive)}, or of one type if {@code type} is not null. */
    public long messagesSent(int endExclusive, String type) {
        long count = 0;
        for (int i = 0; i < endExclusive && i < steps.size(); i++) {
            for (Envelope e : steps.get(i).sent()) {
                if (type == null || type.equals(e.message().type())) {
                    count++;
                }
            }
        }
        return count;
    }
}
