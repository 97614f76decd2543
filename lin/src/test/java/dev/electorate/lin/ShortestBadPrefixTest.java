package dev.electorate.lin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.history.History;
import dev.electorate.history.Op;
import dev.electorate.history.OpType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The explanation's bad prefix is the shortest one, whatever the search's own dead end was: checked
 * against a plain bisection over the history's entries (a prefix of a linearizable prefix is
 * linearizable) on histories broken by one changed value somewhere, which pins no blame in advance.
 */
class ShortestBadPrefixTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    @Test
    void theExplanationEndsWhereTheShortestBadPrefixOfEntriesEnds() {
        int compared = 0;
        for (String name : List.of("register", "cas-register")) {
            Model model = Models.byName(name);
            for (long s = 1; s <= 40; s++) {
                long seed = s;
                SplittableRandom random = new SplittableRandom(seed);
                History valid = RandomHistories.generate(name, 3 + random.nextInt(5), 150 + random.nextInt(200), 0.05, seed);
                History broken = withOneValueChanged(valid, random);
                Result r = LinearizabilityChecker.check(broken, model, TIMEOUT);
                if (r.verdict() != HistoryVerdict.NOT_LINEARIZABLE) {
                    continue; // the changed value happened to fit
                }
                long expected = broken.ops().get(shortestBadPrefix(broken, model) - 1).index();
                assertEquals(expected, r.explanation().failing().completion().index(),
                        () -> name + ", seed " + seed + ":\n" + r.explanation());
                compared++;
            }
        }
        assertTrue(compared >= 30, "only " + compared + " of the changed histories were not linearizable");
    }

    /** A completed read or written value, anywhere, replaced by another small value. */
    private static History withOneValueChanged(History h, SplittableRandom random) {
        List<Op> ops = new ArrayList<>(h.ops());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            boolean read = op.type() == OpType.OK && op.f().equals("read");
            boolean write = op.isInvoke() && op.f().equals("write");
            if (read || write) {
                candidates.add(i);
            }
        }
        int at = candidates.get(random.nextInt(candidates.size()));
        Op op = ops.get(at);
        long value = op.value() instanceof Long v ? v + 1 + random.nextInt(3) : random.nextInt(5);
        ops.set(at, new Op(op.index(), op.time(), op.process(), op.type(), op.f(), value, op.error()));
        return History.of(ops);
    }

    /** The fewest leading entries that are not linearizable, by bisection over entries. */
    private static int shortestBadPrefix(History h, Model model) {
        int lo = 0; // the first lo entries are linearizable
        int hi = h.ops().size(); // the first hi entries are not
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            HistoryVerdict v = LinearizabilityChecker.check(History.of(h.ops().subList(0, mid)), model, TIMEOUT).verdict();
            if (v == HistoryVerdict.NOT_LINEARIZABLE) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }
}
