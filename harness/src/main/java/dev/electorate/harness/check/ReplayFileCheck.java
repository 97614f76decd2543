package dev.electorate.harness.check;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.harness.exhaustive.ExhaustiveExplorer;
import dev.electorate.harness.fault.Fault;
import dev.electorate.harness.io.BadInputException;
import dev.electorate.harness.sim.RunSpec;
import dev.electorate.spec.FaultClass;
import dev.electorate.spec.property.Properties;
import dev.electorate.spec.property.Property;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every field of a replay file before it is read, so that a hand-edited or damaged one is
 * refused with the field named and what it must be, instead of a default (a missing seed read as 0)
 * or a JSON library's message. Unknown fields are refused too: a misspelled one would otherwise be
 * dropped silently and its default replayed in its place.
 */
final class ReplayFileCheck {

    /** The kinds of faults a schedule may hold, by the name a replay file gives them. */
    private static final Map<String, Class<?>> FAULT_KINDS = faultKinds();
    private static final Set<String> MOVE_KINDS = Set.of("start", "deliver", "lose", "duplicate", "timeout",
            "early-timeout", "crash", "restart");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** The fault class of a path found by exhaustive exploration, which draws no faults. */
    private static final String EXHAUSTIVE = ExhaustiveExplorer.FAULT_CLASS;

    private final Path file;
    private Set<Integer> members = Set.of();

    private ReplayFileCheck(Path file) {
        this.file = file;
    }

    /** Throws {@link BadInputException} naming the first field of {@code root} that is wrong. */
    static void check(Path file, JsonNode root) {
        new ReplayFileCheck(file).replay(root);
    }

    private void replay(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw bad("the file holds " + kind(root) + ", not a replay file's object; pass a *.replay.json written by"
                    + " 'electorate check' or 'electorate explore'");
        }
        onlyKnown(root, "", componentNames(ReplayFile.class));
        run(required(root, "run", "an object: the run to replay"));
        violation(required(root, "violation", "an object: the violation the run showed"));
        String digest = text(required(root, "traceSha256", "the SHA-256 of the recorded trace, 64 hex digits"),
                "traceSha256", "the SHA-256 of the recorded trace, 64 hex digits");
        if (!SHA256.matcher(digest).matches()) {
            throw bad("traceSha256 is \"" + digest + "\", not 64 lower-case hex digits; copy it from the file"
                    + " 'electorate check' wrote, or write the SHA-256 of the trace to compare against");
        }
        optionalText(root.get("command"), "command", "the command that replays the file");
        optionalText(root.get("model"), "model", "the TLC model whose bounds an exhaustive path was found within");
        JsonNode moves = root.get("moves");
        if (moves != null && !moves.isNull()) {
            if (!moves.isArray()) {
                throw wrongType("moves", moves, "an array of the moves of an exhaustive path");
            }
            for (int i = 0; i < moves.size(); i++) {
                move(moves.get(i), "moves[" + i + "]");
            }
        }
    }

    private void run(JsonNode run) {
        object(run, "run", "an object: the run to replay");
        onlyKnown(run, "run.", componentNames(RunSpec.class));
        String algorithm = text(required(run, "algorithm", "the algorithm's name", "run."), "run.algorithm",
                "the algorithm's name");
        if (algorithm.isBlank()) {
            throw bad("run.algorithm is empty; write the algorithm's name, as 'electorate check --help' lists them");
        }
        optionalText(run.get("mutant"), "run.mutant", "a mutant's name, or null for the algorithm itself");
        JsonNode ids = required(run, "members", "the node ids in ring order, such as [1, 2, 3]", "run.");
        if (!ids.isArray() || ids.isEmpty()) {
            throw wrongType("run.members", ids, "a non-empty array of node ids in ring order, such as [1, 2, 3]");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            int id = (int) integer(ids.get(i), "run.members[" + i + "]", "a node id, a positive integer", 1,
                    Integer.MAX_VALUE);
            if (!seen.add(id)) {
                throw bad("run.members names node " + id + " twice; list each node once");
            }
        }
        members = seen;
        integer(required(run, "seed", "an integer: the seed the run was drawn with", "run."), "run.seed",
                "an integer: the seed the run was drawn with", Long.MIN_VALUE, Long.MAX_VALUE);
        String faultClass = text(required(run, "faultClass", "the fault class the schedule was drawn for", "run."),
                "run.faultClass", "the fault class the schedule was drawn for");
        if (!faultClass.equals(EXHAUSTIVE) && Arrays.stream(FaultClass.values()).noneMatch(f -> f.cliName().equals(faultClass))) {
            throw bad("run.faultClass is \"" + faultClass + "\", which is not a fault class; write one of "
                    + FaultClass.names() + " (or " + EXHAUSTIVE + " for a path of 'explore --exhaustive')");
        }
        JsonNode schedule = required(run, "schedule", "an object {\"faults\": [...]}, the faults injected", "run.");
        object(schedule, "run.schedule", "an object {\"faults\": [...]}, the faults injected");
        onlyKnown(schedule, "run.schedule.", Set.of("faults"));
        JsonNode faults = required(schedule, "faults", "an array of faults ([] for none)", "run.schedule.");
        if (!faults.isArray()) {
            throw wrongType("run.schedule.faults", faults, "an array of faults ([] for none)");
        }
        for (int i = 0; i < faults.size(); i++) {
            fault(faults.get(i), "run.schedule.faults[" + i + "]");
        }
        JsonNode choices = run.get("choices");
        if (choices != null && !choices.isNull()) {
            if (!choices.isArray()) {
                throw wrongType("run.choices", choices, "an array of integers, or null to draw from the seed");
            }
            for (int i = 0; i < choices.size(); i++) {
                integer(choices.get(i), "run.choices[" + i + "]", "an integer choice", Integer.MIN_VALUE,
                        Integer.MAX_VALUE);
            }
        }
        JsonNode horizon = run.get("horizon");
        if (horizon != null && !horizon.isNull()) {
            integer(horizon, "run.horizon", "the tick at which the run stops, 0 or more", 0, Long.MAX_VALUE);
        }
        JsonNode steps = run.get("steps");
        if (steps != null && !steps.isNull()) {
            integer(steps, "run.steps", "the number of steps after which the run stops, 1 or more", 1,
                    Integer.MAX_VALUE);
        }
    }

    private void fault(JsonNode fault, String at) {
        object(fault, at, "an object with a \"fault\" kind and its fields");
        JsonNode kindNode = required(fault, "fault", "the fault's kind: one of " + String.join(", ", FAULT_KINDS.keySet()),
                at + ".");
        String kind = text(kindNode, at + ".fault", "the fault's kind");
        Class<?> type = FAULT_KINDS.get(kind);
        if (type == null) {
            throw bad(at + ".fault is \"" + kind + "\", which is not a kind of fault; write one of "
                    + String.join(", ", FAULT_KINDS.keySet()) + " (docs/formats.md lists each one's fields)");
        }
        Set<String> fields = new HashSet<>(componentNames(type));
        fields.add("fault");
        onlyKnown(fault, at + ".", fields);
        for (RecordComponent c : type.getRecordComponents()) {
            String path = at + "." + c.getName();
            JsonNode value = required(fault, c.getName(), "a field of a " + kind + " fault", at + ".");
            field(value, path, c.getGenericType());
        }
        long start = fault.get("at").asLong();
        if (fault.has("until") && fault.get("until").asLong() < start) {
            throw bad(at + ": the " + kind + " ends at tick " + fault.get("until").asLong() + ", before it begins at tick "
                    + start + "; write an \"until\" no earlier than \"at\"");
        }
        if (fault.has("links")) {
            for (JsonNode link : fault.get("links")) {
                if (link.size() != 2 || link.get(0).asInt() == link.get(1).asInt()) {
                    throw bad(at + ".links holds " + link + ", not a pair of two different nodes; write each cut link"
                            + " as [a, b]");
                }
            }
        }
        if (fault.has("groups")) {
            Set<Integer> grouped = new HashSet<>();
            for (JsonNode group : fault.get("groups")) {
                for (JsonNode id : group) {
                    if (!grouped.add(id.asInt())) {
                        throw bad(at + ".groups puts node " + id.asInt() + " in two groups; put each node in one");
                    }
                }
            }
        }
    }

    /** One field of a fault, by its Java type and then by what its name means. */
    private void field(JsonNode value, String path, Type type) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (type == long.class || type == int.class) {
            long max = type == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
            switch (name) {
                case "node" -> member(integer(value, path, "a member's id", 1, Integer.MAX_VALUE), path);
                case "bridge" -> {
                    long id = integer(value, path, "a member's id, or 0 for no bridge", 0, Integer.MAX_VALUE);
                    if (id != 0) {
                        member(id, path);
                    }
                }
                case "perMille" -> integer(value, path, "a probability in thousandths, 0 to 1000", 0, 1000);
                case "ratePerMille" -> integer(value, path, "the clock's rate in thousandths of real time, 1 or more",
                        1, Integer.MAX_VALUE);
                default -> integer(value, path, "a number of ticks, 0 or more", 0, max);
            }
        } else if (type == boolean.class) {
            if (!value.isBoolean()) {
                throw wrongType(path, value, "true or false");
            }
        } else if (type == String.class) {
            text(value, path, "a string");
        } else if (type instanceof ParameterizedType) {
            // Lists of lists of node ids: a partition's groups, a cut's links.
            if (!value.isArray()) {
                throw wrongType(path, value, "an array of arrays of node ids");
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode inner = value.get(i);
                if (!inner.isArray()) {
                    throw wrongType(path + "[" + i + "]", inner, "an array of node ids");
                }
                for (int j = 0; j < inner.size(); j++) {
                    String p = path + "[" + i + "][" + j + "]";
                    member(integer(inner.get(j), p, "a member's id", 1, Integer.MAX_VALUE), p);
                }
            }
        } else {
            throw new IllegalStateException("no check for " + path + " of type " + type);
        }
    }

    private void violation(JsonNode v) {
        object(v, "violation", "an object: the violation the run showed");
        onlyKnown(v, "violation.", Set.of("property", "step", "time", "explanation"));
        List<String> names = new java.util.ArrayList<>(Properties.ALL.stream().map(Property::name).toList());
        names.add(Counterexample.CONFORMANCE); // a state the spec lacks, found by explore --exhaustive --conformance
        String property = text(required(v, "property", "the property violated", "violation."), "violation.property",
                "the property violated");
        if (!names.contains(property)) {
            throw bad("violation.property is \"" + property + "\", which is not a property; write one of "
                    + String.join(", ", names));
        }
        integer(required(v, "step", "the index of the violating step", "violation."), "violation.step",
                "the index of the violating step, 0 or more", 0, Long.MAX_VALUE);
        integer(required(v, "time", "the tick of the violating step", "violation."), "violation.time",
                "the tick of the violating step, 0 or more", 0, Long.MAX_VALUE);
        text(required(v, "explanation", "the violation in words", "violation."), "violation.explanation",
                "the violation in words");
    }

    private void move(JsonNode m, String at) {
        object(m, at, "an object: one move of the path");
        onlyKnown(m, at + ".", componentNames(dev.electorate.harness.exhaustive.Move.class));
        String kind = text(required(m, "kind", "the move's kind", at + "."), at + ".kind", "the move's kind");
        if (!MOVE_KINDS.contains(kind)) {
            throw bad(at + ".kind is \"" + kind + "\", which is not a move; write one of "
                    + String.join(", ", new java.util.TreeSet<>(MOVE_KINDS)));
        }
        member(integer(required(m, "node", "the node that acts or is hit", at + "."), at + ".node", "a member's id", 1,
                Integer.MAX_VALUE), at + ".node");
        JsonNode from = m.get("from");
        if (from != null) {
            long sender = integer(from, at + ".from", "the sender's id, or 0 for none", 0, Integer.MAX_VALUE);
            if (sender != 0) {
                member(sender, at + ".from");
            }
        }
        optionalText(m.get("message"), at + ".message", "the message as it prints, or null");
        optionalText(m.get("timer"), at + ".timer", "the timer's name, or null");
        JsonNode crashAfter = m.get("crashAfter");
        if (crashAfter != null && !crashAfter.isNull()) {
            integer(crashAfter, at + ".crashAfter", "how many of the reaction's effects took place before the crash,"
                    + " 1 or more", 1, Integer.MAX_VALUE);
        }
        JsonNode draws = m.get("draws");
        if (draws != null && !draws.isNull()) {
            if (!draws.isArray()) {
                throw wrongType(at + ".draws", draws, "an array of the values the node's random calls returned");
            }
            for (int i = 0; i < draws.size(); i++) {
                integer(draws.get(i), at + ".draws[" + i + "]", "an integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
        }
    }

    private void member(long id, String path) {
        if (!members.contains((int) id)) {
            throw bad(path + " names node " + id + ", which is not in run.members " + new java.util.TreeSet<>(members)
                    + "; name a member, or add the node to run.members");
        }
    }

    private JsonNode required(JsonNode parent, String name, String what) {
        return required(parent, name, what, "");
    }

    private JsonNode required(JsonNode parent, String name, String what, String prefix) {
        JsonNode v = parent.get(name);
        if (v == null || v.isNull()) {
            throw bad(prefix + name + " is missing; write " + what);
        }
        return v;
    }

    private void object(JsonNode v, String path, String what) {
        if (!v.isObject()) {
            throw wrongType(path, v, what);
        }
    }

    private String text(JsonNode v, String path, String what) {
        if (!v.isTextual()) {
            throw wrongType(path, v, what + " (a string)");
        }
        return v.asText();
    }

    private void optionalText(JsonNode v, String path, String what) {
        if (v != null && !v.isNull() && !v.isTextual()) {
            throw wrongType(path, v, what + " (a string)");
        }
    }

    private long integer(JsonNode v, String path, String what, long min, long max) {
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw wrongType(path, v, what);
        }
        long n = v.asLong();
        if (n < min || n > max) {
            throw bad(path + " is " + n + ", out of range; write " + what);
        }
        return n;
    }

    private void onlyKnown(JsonNode object, String prefix, java.util.Collection<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw bad(prefix + name + " is not a field of a replay file (fields here: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + "); remove it or correct its spelling");
            }
        }
    }

    private BadInputException wrongType(String path, JsonNode v, String what) {
        return bad(path + " is " + kind(v) + "; write " + what);
    }

    private BadInputException bad(String detail) {
        return new BadInputException("replay file " + file + ": " + detail);
    }

    /** A JSON value in a few words, for a message. */
    private static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        String shown = v.toString();
        shown = shown.length() > 40 ? shown.substring(0, 37) + "..." : shown;
        String type = v.isObject() ? "an object" : v.isArray() ? "an array" : v.isTextual() ? "a string"
                : v.isBoolean() ? "a boolean" : v.isNull() ? "null" : v.isIntegralNumber() ? "an integer" : "a number";
        return type + " (" + shown + ")";
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static Map<String, Class<?>> faultKinds() {
        Map<String, Class<?>> kinds = new LinkedHashMap<>();
        for (JsonSubTypes.Type t : Fault.class.getAnnotation(JsonSubTypes.class).value()) {
            kinds.put(t.name(), t.value());
        }
        return kinds;
    }
}
