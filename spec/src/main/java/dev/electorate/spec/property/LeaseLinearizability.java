package dev.electorate.spec.property;

import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.ElectionHistory;
import dev.electorate.lin.FencedLease;
import dev.electorate.lin.LinearizabilityChecker;
import dev.electorate.lin.Operation;
import dev.electorate.lin.Result;
import dev.electorate.lin.HistoryVerdict;
import java.time.Duration;
import java.util.Optional;

/**
 * The election's client history ({@link ElectionHistory}: campaigns and resignations with fencing
 * tokens) is linearizable against {@link FencedLease}: one holder at a time, each grant's token above
 * every earlier one.
 */
public final class LeaseLinearizability implements Property {

    /** Generous: these histories hold tens of operations and check in microseconds. */
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Override
    public String name() {
        return "Linearizability";
    }

    @Override
    public Optional<Violation> check(Trace trace, Algorithm algorithm) {
        ElectionHistory recorded = ElectionHistory.of(trace);
        Result result = LinearizabilityChecker.check(recorded.history(), new FencedLease(), TIMEOUT);
        if (result.verdict() == HistoryVerdict.LINEARIZABLE) {
            return Optional.empty();
        }
        if (result.verdict() == HistoryVerdict.UNKNOWN) {
            // Never silently passed: an unknown verdict is reported, at the end of the run.
            long last = trace.steps().isEmpty() ? 0 : trace.steps().get(trace.steps().size() - 1).index();
            return Optional.of(new Violation(name(), last, trace.steps().isEmpty() ? 0 : trace.steps().get(trace.steps().size() - 1).time(),
                    "the client history could not be checked within " + TIMEOUT.toSeconds() + " s (" + result.operations() + " operations)"));
        }
        Operation failing = result.explanation().failing();
        int entry = (int) failing.completion().index();
        long step = recorded.stepOfEntry().get(entry);
        return Optional.of(new Violation(name(), step, failing.completion().time(),
                "the client history is not linearizable as a fenced lease: node " + failing.process() + "'s "
                        + describe(failing) + " cannot be placed (" + result.explanation().statesBefore().stream().findFirst()
                        .map(s -> "the lease was " + s).orElse("no state admits it") + ")"));
    }

    private static String describe(Operation op) {
        return switch (op.f()) {
            case "acquire" -> "acquire of token " + op.output();
            case "release" -> "release of token " + op.input();
            default -> op.f();
        };
    }
}
