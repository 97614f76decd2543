package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.harness.exhaustive.ExhaustiveExplorer;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.io.TraceCodec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replay files kept from before runs carried their algorithm and fault class as objects still load, replay to the
 * trace they recorded, and are written back byte for byte: the names are converted at the file and nowhere else.
 * An exhaustive path replays its moves under the explorer's rules of the day, so the one kept is Raft's, whose
 * timer rule has not changed since it was written (Bully's heartbeat rule has, and its old path is no longer one the explorer allows).
 */
class ReplayFileFormatTest {

    private static Path kept(String name) throws URISyntaxException {
        return Path.of(ReplayFileFormatTest.class.getResource("/replay-files/" + name).toURI());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"raft-forget-vote-crash-recover-seed8-shrunk.replay.json",
            "raft+pre-vote-forget-vote-crash-recover-seed46-shrunk.replay.json",
            "raft-forget-vote-exhaustive.replay.json"})
    void aKeptReplayFileLoadsReplaysAndIsWrittenBackByteForByte(String name, @TempDir Path dir) throws Exception {
        Path file = kept(name);
        ReplayFile replay = ReplayFile.read(file, Algorithms::byName);
        Trace trace = replay.moves() == null ? Runs.execute(replay.run())
                : ExhaustiveExplorer.replay(replay.run().algorithm(), replay.run().mutant(), replay.run().members(),
                        replay.moves());
        assertEquals(replay.traceSha256(), TraceCodec.digest(trace), name + " replays to another trace");
        Path again = dir.resolve(name);
        ReplayFile.write(again, replay);
        assertEquals(Files.readString(file), Files.readString(again), name + " is written back differently");
    }

    @Test
    void theNamesBecomeTheObjects() throws Exception {
        ReplayFile sampled = ReplayFile.read(kept("raft+pre-vote-forget-vote-crash-recover-seed46-shrunk.replay.json"),
                Algorithms::byName);
        assertEquals("raft+pre-vote", sampled.run().algorithm().name());
        assertSame(FaultClass.CRASH_RECOVER, sampled.run().faultClass());
        ReplayFile path = ReplayFile.read(kept("raft-forget-vote-exhaustive.replay.json"), Algorithms::byName);
        assertNull(path.run().faultClass(), "an exhaustive path has no fault class");
        assertEquals(ExhaustiveExplorer.FAULT_CLASS, path.run().faultClassName());
        assertNotNull(path.moves());
    }

    @Test
    void theAlgorithmComesFromTheGivenNamesAlone() throws Exception {
        Algorithm own = Algorithms.byName("raft");
        ReplayFile replay = ReplayFile.read(kept("raft-forget-vote-crash-recover-seed8-shrunk.replay.json"), n -> own);
        assertSame(own, replay.run().algorithm());
        Path file = kept("raft-forget-vote-exhaustive.replay.json");
        BadInputException refused = assertThrows(BadInputException.class, () -> ReplayFile.read(file, n -> {
            throw new IllegalArgumentException("unknown algorithm '" + n + "'; accepted: raft");
        }));
        assertTrue(refused.getMessage().contains(file.toString()) && refused.getMessage().contains("run.algorithm")
                && refused.getMessage().contains("accepted: raft"), refused.getMessage());
    }
}
