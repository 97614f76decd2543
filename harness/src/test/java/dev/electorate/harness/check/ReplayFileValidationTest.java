package dev.electorate.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.electorate.harness.cli.CliTest;
import dev.electorate.harness.cli.Main;
import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.fault.FaultSchedule;
import dev.electorate.harness.io.Json;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.harness.sim.Runs;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.Trace;
import dev.electorate.spec.property.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every field of a replay file is checked: a bad one is refused with exit status 2 and a message naming
 * the file and the field, and every replay file the project writes is accepted and replays identically.
 */
class ReplayFileValidationTest {

    private static final Algorithm BULLY = Algorithms.byName("bully");

    /** A valid replay file with a partition, a crash and a clock skew, to spoil one field at a time. */
    private static Path base(Path dir) {
        FaultSchedule schedule = new FaultSchedule(List.of(
                new Fault.Partition(10, 50, "halves", List.of(List.of(1), List.of(2, 3)), 0, false),
                new Fault.Crash(60, 1),
                new Fault.ClockSkew(5, 40, 2, 1500)));
        RunSpec run = new RunSpec(BULLY, null, List.of(1, 2, 3), 7, FaultClass.MIXED, schedule);
        Trace trace = Runs.execute(run);
        Violation violation = new Violation("Uniqueness", 3, 2, "an example");
        Counterexample c = Counterexample.write(dir, run, violation, trace);
        return Path.of(c.replayFile());
    }

    @Test
    void theUnspoiledFileReplaysIdentically(@TempDir Path dir) {
        CliTest.Outcome o = CliTest.run("replay", base(dir).toString(), "--trace", dir.resolve("t.jsonl").toString());
        assertEquals(Main.OK, o.status(), o.err());
        assertTrue(o.err().contains("identical"), o.err());
    }

    /**
     * One bad field per row: where it is (a path of keys and indexes), the JSON put there (REMOVE to
     * delete it), and what the message must say.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing seed              | run/seed                      | REMOVE              | run.seed is missing",
        "seed of the wrong type    | run/seed                      | \"7\"               | run.seed is a string",
        "fractional seed           | run/seed                      | 7.5                 | run.seed is a number",
        "missing algorithm         | run/algorithm                 | REMOVE              | run.algorithm is missing",
        "unknown algorithm         | run/algorithm                 | \"meteor\"          | run.algorithm is \"meteor\", which is not an algorithm here (unknown algorithm 'meteor'",
        "unknown option            | run/algorithm                 | \"bully+pre-vote\"  | run.algorithm is \"bully+pre-vote\", which is not an algorithm here (bully has no options",
        "members not an array      | run/members                   | \"1,2,3\"           | run.members is a string",
        "empty members             | run/members                   | []                  | run.members is an array",
        "a member twice            | run/members                   | [1,2,2]             | names node 2 twice",
        "a negative member         | run/members                   | [1,-2,3]            | run.members[1] is -2, out of range",
        "unknown fault class       | run/faultClass                | \"meteor\"          | run.faultClass is \"meteor\", which is not a fault class",
        "schedule missing          | run/schedule                  | REMOVE              | run.schedule is missing",
        "faults not an array       | run/schedule/faults           | {}                  | run.schedule.faults is an object",
        "unknown fault kind        | run/schedule/faults/0/fault   | \"meteor\"          | run.schedule.faults[0].fault is \"meteor\", which is not a kind of fault",
        "fault kind missing        | run/schedule/faults/0/fault   | REMOVE              | run.schedule.faults[0].fault is missing",
        "partition names a stranger| run/schedule/faults/1/groups  | [[1],[2,9]]         | run.schedule.faults[1].groups[1][1] names node 9, which is not in run.members",
        "node in two groups        | run/schedule/faults/1/groups  | [[1,2],[2,3]]       | puts node 2 in two groups",
        "bridge names a stranger   | run/schedule/faults/1/bridge  | 4                   | run.schedule.faults[1].bridge names node 4",
        "oneWay not a boolean      | run/schedule/faults/1/oneWay  | \"no\"              | run.schedule.faults[1].oneWay is a string",
        "crash names a stranger    | run/schedule/faults/2/node    | 8                   | run.schedule.faults[2].node names node 8",
        "crash node missing        | run/schedule/faults/2/node    | REMOVE              | run.schedule.faults[2].node is missing",
        "negative time             | run/schedule/faults/2/at      | -5                  | run.schedule.faults[2].at is -5, out of range",
        "inverted time range       | run/schedule/faults/1/until   | 3                   | ends at tick 3, before it begins at tick 10",
        "rate out of range         | run/schedule/faults/0/ratePerMille | 0              | run.schedule.faults[0].ratePerMille is 0, out of range",
        "unknown field in a fault  | run/schedule/faults/2/nodes   | 1                   | run.schedule.faults[2].nodes is not a field of a replay file",
        "unknown field at the top  | sead                          | 7                   | sead is not a field of a replay file",
        "unknown field in run      | run/colour                    | \"blue\"            | run.colour is not a field of a replay file",
        "run not an object         | run                           | 5                   | run is an integer",
        "choices of the wrong type | run/choices                   | [1,\"x\"]           | run.choices[1] is a string",
        "a cut of no steps         | run/steps                     | 0                   | run.steps is 0, out of range",
        "a negative horizon        | run/horizon                   | -1                  | run.horizon is -1, out of range",
        "violation missing         | violation                     | REMOVE              | violation is missing",
        "unknown property          | violation/property            | \"Beauty\"          | violation.property is \"Beauty\", which is not a property",
        "violation step negative   | violation/step                | -1                  | violation.step is -1, out of range",
        "digest missing            | traceSha256                   | REMOVE              | traceSha256 is missing",
        "digest not hex            | traceSha256                   | \"abc\"             | traceSha256 is \"abc\", not 64 lower-case hex digits",
        "moves of the wrong type   | moves                         | 3                   | moves is an integer",
        "a move of no kind         | moves                         | [{\"kind\":\"jump\",\"node\":1}] | moves[0].kind is \"jump\", which is not a move",
        "a move by a stranger      | moves                         | [{\"kind\":\"start\",\"node\":6}] | moves[0].node names node 6",
    })
    void aBadFieldIsRefusedNamingTheFileAndTheField(String what, String path, String json, String expected,
                                                    @TempDir Path dir) throws Exception {
        Path file = base(dir);
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(file.toFile());
        spoil(root, path.split("/"), json.equals("REMOVE") ? null : Json.MAPPER.readTree(json));
        Files.writeString(file, Json.MAPPER.writeValueAsString(root));
        CliTest.Outcome o = CliTest.run("replay", file.toString());
        assertEquals(Main.BAD_INPUT, o.status(), what + ": " + o.err());
        assertTrue(o.err().contains(file.toString()), what + ": the message does not name the file: " + o.err());
        assertTrue(o.err().contains(expected), what + ": expected '" + expected + "' in: " + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("at [Source"), what + ": " + o.err());
    }

    /** Puts {@code value} at {@code keys} (removes it when null); the clock skew sorts first, at tick 5. */
    private static void spoil(ObjectNode root, String[] keys, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < keys.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(keys[i])) : parent.get(keys[i]);
        }
        String last = keys[keys.length - 1];
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    @Test
    void aFolderIsCalledAFolder(@TempDir Path dir) {
        CliTest.Outcome o = CliTest.run("replay", dir.toString());
        assertEquals(Main.BAD_INPUT, o.status(), o.err());
        assertTrue(o.err().contains("is a folder, not a replay file"), o.err());
    }

    /** Every fault class's runs, as the planner draws them, are written by the project and read back. */
    @Test
    void everyScheduleThePlannerDrawsIsAccepted(@TempDir Path dir) {
        for (FaultClass fault : FaultClass.values()) {
            for (long seed = 1; seed <= 5; seed++) {
                RunSpec run = Runs.generate(BULLY, null, 4, fault, seed);
                Trace trace = Runs.execute(run);
                Counterexample c = Counterexample.write(dir, run, new Violation("Uniqueness", 0, 0, "an example"), trace);
                ReplayFile read = ReplayFile.read(Path.of(c.replayFile()), Algorithms::byName);
                assertEquals(run, read.run(), fault + " seed " + seed);
            }
        }
    }

    /** The files check, explore and explore --exhaustive write are all accepted, and replay identically. */
    @Test
    void everyReplayFileTheCommandsWriteIsAccepted(@TempDir Path dir) throws Exception {
        List<CliTest.Outcome> made = List.of(
                CliTest.run("check", "--algorithm", "bully", "--mutant", "no-answer", "--faults", "crash-recover,partition",
                        "--runs", "30", "--no-progress", "--out", dir.resolve("check").toString()),
                CliTest.run("check", "--algorithm", "bully", "--faults", "mixed,clock-skew,loss", "--runs", "60",
                        "--no-progress", "--out", dir.resolve("check-mixed").toString()),
                CliTest.run("explore", "--algorithm", "raft", "--mutant", "forget-vote", "--faults", "crash-recover",
                        "--seed", "3", "--tries", "300", "--shrink-budget", "200", "--no-progress",
                        "--out", dir.resolve("explore").toString()),
                CliTest.run("explore", "--algorithm", "hirschberg-sinclair", "--mutant", "no-next-phase", "--seed", "3",
                        "--tries", "100", "--shrink-budget", "100", "--no-progress", "--out", dir.resolve("explore-termination").toString()),
                CliTest.run("explore", "--exhaustive", "--algorithm", "bully", "--mutant", "no-answer",
                        "--out", dir.resolve("exhaustive").toString()));
        for (CliTest.Outcome o : made) {
            assertTrue(o.status() == Main.OK || o.status() == Main.VIOLATION, o.out() + o.err());
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(p -> p.toString().endsWith(".replay.json")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 5, "expected a counterexample from each command, got " + files);
        for (Path file : files) {
            CliTest.Outcome again = CliTest.run("replay", file.toString(), "--trace", dir.resolve("again.jsonl").toString());
            assertEquals(Main.OK, again.status(), file + ": " + again.err());
            assertTrue(again.err().contains("identical"), file + ": " + again.err());
        }
    }
}
