package dev.electorate.harness.explore;

import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A moment a run chose itself for a fault: the tick at which a node's recorded state changed (a vote
 * recorded, a promise made, a term bumped, leadership taken), where a crash right after, a pause or a
 * lost reply does the damage that election bugs need. Read from the trace alone, so a third party's
 * recorded variables give its points as ours do.
 *
 * @param node             the node whose state changed
 * @param tick             when
 * @param step             the index of the step that changed it in its trace
 * @param action           that step's action
 * @param onElectionMessage whether the change was its handling of an election message, which a bounce
 *                         armed at that tick strikes right after
 */
record FaultPoint(int node, long tick, int step, String action, boolean onElectionMessage) {

    /** The points of {@code trace}: every reaction after which a node's role, term, leader or variables differ. */
    static List<FaultPoint> of(Trace trace, Set<String> electionMessageTypes) {
        Map<Integer, Step> last = new HashMap<>();
        List<FaultPoint> out = new ArrayList<>();
        List<Step> steps = trace.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.isFault()) {
                continue;
            }
            Step before = last.put(s.node(), s);
            if (before == null || s.kind() == Step.Kind.START || s.kind() == Step.Kind.RESTART) {
                continue; // a node's first values are where it begins, not a change it made
            }
            if (before.role() != s.role() || before.term() != s.term() || before.leader() != s.leader()
                    || !Objects.equals(before.vars(), s.vars())) {
                boolean election = s.kind() == Step.Kind.RECEIVE && s.message() != null
                        && (electionMessageTypes.isEmpty() || electionMessageTypes.contains(s.message().type()));
                out.add(new FaultPoint(s.node(), s.time(), i, s.action(), election));
            }
        }
        return out;
    }
}
