package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.sim.Choices;
import dev.electorate.harness.sim.Network;
import dev.electorate.harness.sim.Simulator;
import dev.electorate.impl.Algorithms;
import dev.electorate.impl.ring.Messages.Ack;
import dev.electorate.impl.ring.Messages.Alive;
import dev.electorate.impl.ring.Messages.Elected;
import dev.electorate.impl.ring.Messages.Election;
import dev.electorate.impl.ring.RingMessage;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Envelope;
import dev.electorate.spec.Message;
import dev.electorate.spec.Role;
import dev.electorate.spec.Step;
import dev.electorate.spec.Trace;
import dev.electorate.spec.TraceHeader;
import dev.electorate.spec.property.Uniqueness;
import dev.electorate.spec.property.Violation;
import dev.electorate.tla.TraceValidator;
import dev.electorate.tla.TraceVerdict;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two-leader window of docs/algorithms.md (ring refinement 8), driven on purpose: on the ring
 * of {@link RingBounceTest}, leader 6 crashes, 1 bounces during epoch 2 (so 4 routes round it) and
 * restarts into epoch 3 while 6 is still down (so 1 routes round 6), and 6 restarts into epoch 2
 * and wins it. Every delay is scripted (all within [1, MAX_DELAY]) so that 6's announcement of
 * epoch 2 passes node 3 just before 1's epoch-3 bid reaches it. Without refinement 8, 6 led epoch
 * 2 from then on and 5 won epoch 3 on the ring without 6: two leaders (Le Lann from t=642 and
 * Chang-Roberts from t=663, until 6's next ALIVE reached 3 and 5 was drawn into epoch 4).
 */
class RingWindowTest {

    static final Cluster RING = new Cluster(List.of(4, 1, 6, 3, 5, 2));
    static final long HORIZON = 900;

    /**
     * Scripted network delays: the simulator draws one delay per message, in the order the step
     * that sent them lists them, right after handing the step to its sink; this sink computes each
     * delay from the message and hands it back as the draw.
     */
    static final class ScriptedDelays implements Choices, Simulator.StepSink {
        final List<Step> steps = new ArrayList<>();
        private final Deque<Long> due = new ArrayDeque<>();
        private final boolean leLann;

        ScriptedDelays(boolean leLann) {
            this.leLann = leLann;
        }

        @Override
        public void accept(Step step) {
            steps.add(step);
            for (Envelope e : step.sent()) {
                due.addLast(delay(e));
            }
        }

        /** Epoch 1's tokens are slow, so that the followers' leader timers expire 10 ticks apart. */
        private long delay(Envelope e) {
            Message m = e.message();
            if (m instanceof Alive a && a.epoch() == 1) {
                return 10;
            }
            // 6's bid of epoch 2 reaches 4 only after 4 has routed round 1 (to 6), then runs home.
            if (unnumbered(m).equals(new Election(2, 6)) && e.from() != 4) {
                return 5;
            }
            // 1's epoch-3 bid, resent round 6, arrives at 3 just after 6's announcement did.
            if (unnumbered(m).equals(new Election(3, 1)) && e.to() == 3) {
                return leLann ? 10 : 5;
            }
            return 1;
        }

        @Override
        public int below(int bound) {
            // between(1, MAX_DELAY) draws below(MAX_DELAY) and adds 1.
            long d = due.removeFirst();
            if (d < 1 || d > bound) {
                throw new AssertionError("scripted delay " + d + " outside [1, " + bound + "]");
            }
            return (int) d - 1;
        }
    }

    /** The directed run of {@code name}: its trace, every delay scripted. */
    static Trace run(String name) {
        return run(name, null);
    }

    /** The directed run of {@code name}'s {@code mutant} (null: the algorithm itself). */
    static Trace run(String name, String mutant) {
        Algorithm algorithm = Algorithms.byName(name);
        boolean leLann = name.equals("lelann");
        // Le Lann's epoch 2 reaches 1 sooner (every bid goes round): the bounce and 6's restart come earlier.
        FaultSchedule schedule = new FaultSchedule(List.of(
                new Fault.Crash(50, 6),
                new Fault.Bounce(leLann ? 590 : 600, 1, 1000, 2),
                new Fault.Restart(leLann ? 602 : 628, 6)));
        ScriptedDelays script = new ScriptedDelays(leLann);
        new Simulator(algorithm, mutant, RING, Network.DEFAULT, schedule, script, script).run(HORIZON);
        TraceHeader header = new TraceHeader(name, mutant, RING, 0, "crash-recover", schedule.healedAt(),
                algorithm.terminationBound(RING), HORIZON);
        return new Trace(header, script.steps);
    }

    /** A ring message without its hop number, so that it compares by epoch and id; others as they are. */
    static Message unnumbered(Message m) {
        return m instanceof RingMessage r ? r.withSeq(0) : m;
    }

    static Message announcement(String name, int epoch) {
        return name.equals("lelann") ? new Alive(epoch, 6) : new Elected(epoch, 6);
    }

    /** The index of the first step at which {@code node} handles {@code message} from {@code from}, or -1. */
    static int received(Trace trace, int node, int from, Message message) {
        List<Step> steps = trace.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.kind() == Step.Kind.RECEIVE && s.node() == node && s.from() == from && message.equals(unnumbered(s.message()))) {
                return i;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"chang-roberts", "lelann"})
    void theRunTakesTheWindowsOrder(String name) {
        Trace trace = run(name);
        int announced = received(trace, 3, 6, announcement(name, 2));
        int bid = received(trace, 3, 1, new Election(3, 1));
        assertTrue(announced >= 0 && bid > announced,
                "3 should get 6's announcement of epoch 2, then 1's epoch-3 bid: steps " + announced + ", " + bid);
        // No other ring message reaches 3 in between (an ACK may), and 6 led epoch 2: its
        // announcement came home.
        for (int i = announced + 1; i < bid; i++) {
            Step s = trace.steps().get(i);
            assertTrue(s.node() != 3 || s.kind() != Step.Kind.RECEIVE || s.message() instanceof Ack,
                    "3 got another ring message between the two: " + s);
        }
        assertTrue(trace.steps().stream().anyMatch(s -> s.node() == 6 && s.role() == Role.LEADER
                && Integer.valueOf(2).equals(s.vars().get("epoch"))), "6 should lead epoch 2");
        // Refinement 8: 1's route skips 6, whom 3 follows, so 3 starts epoch 4 instead of joining 3.
        Step answer = trace.steps().get(bid);
        assertEquals(4, answer.vars().get("epoch"), answer.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chang-roberts", "lelann"})
    void neverTwoLeadersInTheWindow(String name) {
        Trace trace = run(name);
        Optional<Violation> v = new Uniqueness().check(trace, Algorithms.byName(name));
        assertTrue(v.isEmpty(), () -> name + ": " + v.get());
        Step last = trace.steps().get(trace.steps().size() - 1);
        assertTrue(last.time() > 800, "the run should last past the faults: " + last);
        assertTrue(trace.steps().stream().filter(s -> s.time() > 800 && s.role() == Role.LEADER)
                .allMatch(s -> s.node() == 6), "6 should lead in the end");
    }

    /** Refinement 8 undone (the mutant join-round-leader): the same run has two leaders, so it kills the mutant. */
    @ParameterizedTest
    @ValueSource(strings = {"chang-roberts", "lelann"})
    void withoutRefinement8TheWindowHasTwoLeaders(String name) {
        Trace trace = run(name, "join-round-leader");
        Optional<Violation> v = new Uniqueness().check(trace, Algorithms.byName(name));
        assertTrue(v.isPresent(), name + " join-round-leader: the window should have two leaders");
        assertTrue(v.get().toString().contains("5") && v.get().toString().contains("6"), v.get().toString());
    }

    @TempDir
    Path work;

    @Test
    void theWindowsRunsAreBehavioursOfTheSpecs() {
        for (String name : List.of("chang-roberts", "lelann")) {
            Trace trace = run(name);
            List<TraceVerdict> verdicts = new TraceValidator(work).validate(Algorithms.byName(name).tlaModule(),
                    List.of(trace));
            assertTrue(verdicts.get(0).accepted(), name + ": " + verdicts.get(0).describe());
        }
    }
}
