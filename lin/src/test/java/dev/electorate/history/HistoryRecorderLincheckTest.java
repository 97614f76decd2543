package dev.electorate.history;

import dev.electorate.lin.TwinLincheck;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

/**
 * Concurrent clients recording into one {@link HistoryRecorder} get the same entries as some sequential
 * order of their calls: indices in append order, times never decreasing along the indices, every entry
 * in the history exactly once. A recorder that numbers entries outside its lock must be rejected.
 */
class HistoryRecorderLincheckTest extends TwinLincheck {

    HistoryRecorderLincheckTest() {
        super(Recorder.class, Unordered.class);
    }

    /** Lincheck's view of the real recorder: a fresh one per scenario, on a clock counting its readings. */
    @Param(name = "process", gen = IntGen.class, conf = "1:2")
    public static class Recorder {
        private final AtomicLong clock = new AtomicLong();
        private final HistoryRecorder recorder = new HistoryRecorder(clock::getAndIncrement);

        @Operation
        public Op invoke(@Param(name = "process") int process) {
            return recorder.invoke(process, "acquire", null);
        }

        @Operation
        public Op ok(@Param(name = "process") int process) {
            return recorder.ok(process, "acquire", 1L);
        }

        @Operation
        public List<Op> history() {
            return recorder.history();
        }
    }

    /** The same operations on the unordered twin. */
    @Param(name = "process", gen = IntGen.class, conf = "1:2")
    public static class Unordered {
        private final AtomicLong clock = new AtomicLong();
        private final UnorderedHistoryRecorder recorder = new UnorderedHistoryRecorder(clock::getAndIncrement);

        @Operation
        public Op invoke(@Param(name = "process") int process) {
            return recorder.append(process, OpType.INVOKE, "acquire", null);
        }

        @Operation
        public Op ok(@Param(name = "process") int process) {
            return recorder.append(process, OpType.OK, "acquire", 1L);
        }

        @Operation
        public List<Op> history() {
            return recorder.history();
        }
    }
}
