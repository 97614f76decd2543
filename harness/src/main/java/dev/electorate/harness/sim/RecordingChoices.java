package dev.electorate.harness.sim;

import java.util.ArrayList;
import java.util.List;

/** Passes choices through from a source and records each value drawn, in order. */
public final class RecordingChoices implements Choices {
    private final Choices source;
    private final List<Integer> drawn = new ArrayList<>();

    public RecordingChoices(Choices source) {
        this.source = source;
    }

    @Override
    public int below(int bound) {
        int value = source.below(bound);
        drawn.add(value);
        return value;
    }

    /** Every value drawn so far. */
    public List<Integer> drawn() {
        return List.copyOf(drawn);
    }

    /** How many values have been drawn. */
    public int count() {
        return drawn.size();
    }
}
