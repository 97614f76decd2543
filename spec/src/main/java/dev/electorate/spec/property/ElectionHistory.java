package dev.electorate.spec.property;

import dev.electorate.history.History;
import dev.electorate.history.Op;
import dev.electorate.history.OpType;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The client history an election offers its application, derived from a run's trace: each node has a
 * client process (the node's id) that campaigns for the lease whenever its node does not hold it
 * ({@code acquire}, completed {@code ok} with the fencing token when the node comes to lead) and
 * resigns it when the node stops leading or crashes ({@code release} of that token). The history is
 * checked against {@link dev.electorate.lin.FencedLease}.
 *
 * <p>The fencing token is the node's term where the algorithm has terms; term-less algorithms get a
 * token numbered in the order tenures begin, so for them the check is mutual exclusion in real time.
 * Where tokens are terms, a tenure ends when a greater token is granted, because from then on a fenced
 * resource refuses the old one: that is recorded as the old holder's release just before the new
 * grant. A node that comes to lead with a token below one already granted (a late vote count in an
 * old term, legal in Raft) never holds the lease under fencing: its campaign is recorded as
 * {@code fail}. Granting the same token twice, or a second tenure while one is held, is what the
 * check catches.
 *
 * <p>{@code leader} reads are not recorded: in these algorithms a node's belief about another node's
 * leadership may lag by a message delay, so it is not a linearizable read.
 *
 * @param ops         the history, in order
 * @param stepOfEntry for each entry of {@code ops}, the index of the trace step that produced it
 */
public record ElectionHistory(List<Op> ops, List<Long> stepOfEntry) {

    public ElectionHistory {
        ops = List.copyOf(ops);
        stepOfEntry = List.copyOf(stepOfEntry);
    }

    /** The entries as a validated {@link History}. */
    public History history() {
        return History.of(ops);
    }

    /** Derives the client history of {@code trace}. */
    public static ElectionHistory of(Trace trace) {
        Builder b = new Builder();
        for (Step step : trace.steps()) {
            if (step.touchesNode()) {
                b.apply(step);
            }
        }
        return new ElectionHistory(b.ops, b.steps);
    }

    /** Folds steps into entries, one node's tenure at a time. */
    private static final class Builder {
        private final List<Op> ops = new ArrayList<>();
        private final List<Long> steps = new ArrayList<>();
        /** Nodes whose client has an acquire pending. */
        private final Map<Integer, Boolean> campaigning = new HashMap<>();
        /** The token each node holds the lease with (absent when it holds none). */
        private final Map<Integer, Long> held = new HashMap<>();
        /** The token of each node's current leadership as it believes it, even when fenced off. */
        private final Map<Integer, Long> believed = new HashMap<>();
        private long lastGranted;
        private long tenures;

        void apply(Step step) {
            int node = step.node();
            boolean leads = step.up() && step.role() == Role.LEADER;
            Long belief = believed.get(node);
            long token = step.term() != 0 ? step.term() : belief != null ? belief : tenures + 1;
            if (belief != null && (!leads || belief != token)) {
                believed.remove(node);
                Long mine = held.remove(node);
                if (mine != null) {
                    add(step, node, OpType.INVOKE, "release", mine, null);
                    add(step, node, OpType.OK, "release", mine, null);
                }
            }
            if (!step.up()) {
                if (campaigning.remove(node) != null) {
                    add(step, node, OpType.FAIL, "acquire", null, "node crashed before it led");
                }
                return;
            }
            if (!campaigning.containsKey(node) && !held.containsKey(node) && !believed.containsKey(node)) {
                campaigning.put(node, true);
                add(step, node, OpType.INVOKE, "acquire", null, null);
            }
            if (leads && !believed.containsKey(node)) {
                believed.put(node, token);
                campaigning.remove(node);
                if (step.term() == 0) {
                    tenures++;
                } else if (token < lastGranted) {
                    add(step, node, OpType.FAIL, "acquire", null,
                            "token " + token + " is below token " + lastGranted + ", granted already: fenced off");
                    return;
                } else if (token > lastGranted) {
                    supersede(step, token);
                }
                lastGranted = Math.max(lastGranted, token);
                held.put(node, token);
                add(step, node, OpType.OK, "acquire", token, null);
            }
        }

        /** Ends, as of this step, every tenure with a token below {@code token}: fencing refuses them now. */
        private void supersede(Step step, long token) {
            for (Map.Entry<Integer, Long> e : List.copyOf(held.entrySet())) {
                if (e.getValue() < token) {
                    held.remove(e.getKey());
                    add(step, e.getKey(), OpType.INVOKE, "release", e.getValue(), null);
                    add(step, e.getKey(), OpType.OK, "release", e.getValue(), null);
                }
            }
        }

        private void add(Step step, int node, OpType type, String f, Object value, String error) {
            ops.add(new Op(ops.size(), step.time(), node, type, f, value, error));
            steps.add(step.index());
        }
    }
}
