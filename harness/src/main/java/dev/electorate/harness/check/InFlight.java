package dev.electorate.harness.check;

import dev.electorate.spec.Envelope;
import dev.electorate.spec.Step;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many messages of each type are in flight as a trace goes on: sends and duplicates add one,
 * a receipt or a loss takes one away.
 */
public final class InFlight {

    private final Map<String, Integer> byType = new TreeMap<>();

    /**
     * Counts what {@code step} does to the messages in flight; false for a fault that touches none
     * (a crash, a pause, a partition), which the caller may read as a change to a node's status.
     */
    public boolean follow(Step step) {
        if (!step.isFault()) {
            if (step.kind() == Step.Kind.RECEIVE && step.message() != null) {
                remove(step.message().type());
            }
            for (Envelope e : step.sent()) {
                add(e.message().type());
            }
            return true;
        }
        if (step.message() != null && step.action().equals("Lose")) {
            remove(step.message().type());
            return true;
        }
        if (step.message() != null && step.action().equals("Duplicate")) {
            add(step.message().type());
            return true;
        }
        return false;
    }

    /** The count of each message type in flight, in type order; types with none are absent. */
    public Map<String, Integer> byType() {
        return Collections.unmodifiableMap(byType);
    }

    private void add(String type) {
        byType.merge(type, 1, Integer::sum);
    }

    private void remove(String type) {
        byType.computeIfPresent(type, (k, v) -> v > 1 ? v - 1 : null);
    }
}
