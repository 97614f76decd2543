package dev.electorate.harness.exhaustive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A documented kind of projected spec state that the Java nodes cannot reach, because the spec
 * over-approximates them: its name, the reason, and which projected states (per-node views in member
 * order, with the initial views beside them) it covers. Only these may differ in a conformance check.
 */
public record SpecOnly(String name, String reason, BiPredicate<List<String>, List<String>> covers) {

    /** Whether this kind explains the projected spec state {@code views}. */
    boolean explains(List<String> views, List<String> initial) {
        return covers.test(views, initial);
    }

    /**
     * The Java nodes start one by one in member order before anything else happens (the simulator
     * starts them all at tick 0); the spec lets them start in any order.
     */
    static final SpecOnly START_ORDER = new SpecOnly("start-order",
            "the Java nodes start in member order before any other event; the spec starts them in any order",
            (views, initial) -> {
                for (int i = 0; i < views.size(); i++) {
                    for (int j = i + 1; j < views.size(); j++) {
                        if (views.get(i).equals(initial.get(i)) && !views.get(j).equals(initial.get(j))) {
                            return true;
                        }
                    }
                }
                return false;
            });

    /** The kinds documented for {@code algorithm} (its command-line name). */
    public static List<SpecOnly> of(String algorithm) {
        List<SpecOnly> kinds = new ArrayList<>();
        kinds.add(START_ORDER);
        return kinds;
    }
}
