package dev.electorate.harness.fault;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The faults of one run, in order of onset: plain data that can be printed, stored and replayed. */
public record FaultSchedule(List<Fault> faults) {

    public static final FaultSchedule NONE = new FaultSchedule(List.of());

    public FaultSchedule {
        List<Fault> sorted = new ArrayList<>(faults);
        sorted.sort(Comparator.comparingLong(Fault::at));
        faults = List.copyOf(sorted);
    }

    /** The tick at which the last fault's effect ends; 0 with no faults. */
    public long healedAt() {
        return faults.stream().mapToLong(Fault::healsAt).max().orElse(0);
    }

    /** The schedule without the fault at {@code index}. */
    public FaultSchedule without(int index) {
        List<Fault> rest = new ArrayList<>(faults);
        rest.remove(index);
        return new FaultSchedule(rest);
    }

    public String describe() {
        return faults.isEmpty() ? "no faults" : faults.stream().map(Fault::describe).collect(Collectors.joining("; "));
    }
}
