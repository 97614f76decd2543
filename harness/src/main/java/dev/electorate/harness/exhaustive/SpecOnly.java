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
     * starts them all at tick 0, before a message can arrive), so the only Java states with a node not
     * yet started are those of the first starts; the spec lets nodes start in any order, and later.
     */
    static final SpecOnly START_ORDER = new SpecOnly("start-order",
            "the Java nodes all start, in member order, before any other event; the spec lets a node start in"
                    + " any order and after other nodes have acted",
            (views, initial) -> {
                for (int i = 0; i < views.size(); i++) {
                    if (views.get(i).equals(initial.get(i))) {
                        return true; // not started: every Java state with such a node is a start prefix
                    }
                }
                return false;
            });

    /**
     * The explorer fires a timer on time only once no message is in flight anywhere (and early within
     * {@code MaxEarly}); a spec's oracle waits only for what the timer is about, so it lets a timer fire
     * while unrelated messages travel. Such a state counts as explained when the Java nodes reach it
     * with {@link Conformance#MORE_EARLY} more early timeouts: the nodes can be there, only the explorer's
     * rule for time keeps them out.
     */
    static final SpecOnly TIMERS_IN_FLIGHT = new SpecOnly("timers-in-flight",
            "the explorer fires a timer on time only in a quiet network; the spec lets it fire while messages"
                    + " it does not wait for are in flight (reached by the Java nodes with "
                    + Conformance.MORE_EARLY + " more early timeouts)",
            (views, initial) -> false);

    /**
     * EtcdRecipe.tla keeps the question who leads and its answers out of {@code msgs}, and lets a client
     * hear any first key there ever was, at any moment ({@code ReceiveLeaderIs} over {@code firsts}); the
     * Java client hears the first key of the moment its keep-alive is answered. Such a state counts as
     * explained when it differs from a Java state only in which leader the clients not leading last heard
     * of ({@link #unheard}), a comparison made on the whole Java side, not by a look at the state.
     */
    static final SpecOnly LEADER_HEARD = new SpecOnly("leader-heard",
            "the spec lets a client not leading hear of any first key there ever was, at any moment; the Java"
                    + " client hears the one of the moment its keep-alive is answered (the state is a Java state"
                    + " but for what such clients last heard)",
            (views, initial) -> false);

    private static final java.util.regex.Pattern HEARD = java.util.regex.Pattern.compile("leader=\\S+ leaderRev=\\S+");

    /** {@code views} with the leader and its token left out of every etcd client that is not leading. */
    static List<String> unheard(List<String> views) {
        List<String> out = new ArrayList<>(views.size());
        for (String v : views) {
            out.add(v.contains("cstate=") && !v.contains("cstate=\"Leader\"")
                    ? HEARD.matcher(v).replaceFirst("leader=? leaderRev=?") : v);
        }
        return out;
    }

    /** The kinds documented for {@code algorithm} (its command-line name). */
    public static List<SpecOnly> of(String algorithm) {
        List<SpecOnly> kinds = new ArrayList<>();
        kinds.add(START_ORDER);
        kinds.add(TIMERS_IN_FLIGHT); // decided by a second exploration, not by a look at the state
        if (algorithm.equals("etcd")) {
            kinds.add(LEADER_HEARD); // decided by a comparison with the Java states, not by a look at the state
        }
        return kinds;
    }
}
