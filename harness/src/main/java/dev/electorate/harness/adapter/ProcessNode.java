package dev.electorate.harness.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.spec.BeliefNode;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.GenericMessage;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import dev.electorate.spec.Role;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Node} played by an external program over the JSON-lines protocol of docs/protocol.md:
 * each event is written to the program as one line, and the program's answer (messages to send,
 * timers, records, and its belief in the closing {@code done} line) is read back before the
 * simulator goes on, so the harness owns time and a run stays deterministic. One process per
 * incarnation: a crash kills it, a restart starts a fresh one; but a process that said it accepts
 * {@code reset} is reset instead when its incarnation ends and kept for a later one
 * ({@link ProcessPool}), since starting a process costs far more than a run's reactions.
 */
public final class ProcessNode extends BeliefNode implements AutoCloseable {

    /** Body types of the harness's own events, which a message between nodes must not take. */
    private static final java.util.Set<String> EVENTS = java.util.Set.of("init", "restart", "timeout", "random_ok");

    /**
     * The version of the protocol the harness speaks: 2 adds {@code reset}, 3 a timer's {@code jitter}
     * (a random part of its delay drawn by the harness, which spares the node a {@code random} round trip).
     */
    static final int PROTOCOL_VERSION = 3;

    /** Lines one reaction may take: a node printing in an endless loop is stopped, not buffered. */
    private static final int MAX_LINES = 100_000;

    private final int self;
    private final Cluster cluster;
    private final NodeCommand command;
    private final Duration deadline;
    private NodeProcess process;
    private long msgId;
    /** The process said, in its first {@code done}, that it accepts {@code reset}. */
    private boolean resettable;
    /** The last reaction ended with {@code done}: the process is between events, where a reset may come. */
    private boolean betweenEvents;

    /** Node {@code self} of {@code cluster}, played by {@code command}, each reaction due within {@code deadline}. */
    public ProcessNode(int self, Cluster cluster, NodeCommand command, Duration deadline) {
        this.self = self;
        this.cluster = cluster;
        this.command = command;
        this.deadline = deadline;
    }

    /** The factory of an algorithm whose nodes are played by {@code command}. */
    public static AdaptedAlgorithm.NodeFactory factory(NodeCommand command, Duration deadline) {
        return (self, cluster) -> new ProcessNode(self, cluster, command, deadline);
    }

    @Override
    public void start(Context ctx) {
        process = obtain();
        react(ctx, Protocol.HARNESS, Protocol.body("init", "msg_id", ++msgId, "node_id", Protocol.nodeName(self),
                "node_ids", Protocol.names(cluster), "protocol", PROTOCOL_VERSION), "init");
    }

    @Override
    public void restart(Context ctx, Object durable) {
        process = obtain();
        react(ctx, Protocol.HARNESS, Protocol.body("restart", "msg_id", ++msgId, "node_id", Protocol.nodeName(self),
                "node_ids", Protocol.names(cluster), "protocol", PROTOCOL_VERSION, "durable", durable), "restart");
    }

    @Override
    public void receive(Context ctx, int from, Message message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", message.type());
        body.putAll(message.fields());
        react(ctx, Protocol.nodeName(from), body, message.type() + " from " + Protocol.nodeName(from));
    }

    @Override
    public void timeout(Context ctx, String timer) {
        react(ctx, Protocol.HARNESS, Protocol.body("timeout", "msg_id", ++msgId, "timer", timer),
                "timeout '" + timer + "'");
    }

    /** A reset process of this command left by an earlier incarnation, or a new one. */
    private NodeProcess obtain() {
        NodeProcess idle = ProcessPool.take(command);
        resettable = false;
        if (idle != null) {
            idle.reused();
            return idle;
        }
        return new NodeProcess(command);
    }

    /** Writes one event and carries out the node's answer until its {@code done} line. */
    private void react(Context ctx, String src, Map<String, Object> body, String event) {
        betweenEvents = false;
        long started = System.nanoTime();
        long now = ctx.now();
        String what = event + " at tick " + now;
        if (!process.writeLine(Protocol.line(src, Protocol.nodeName(self), now, body))) {
            throw failure("exited before it could be sent " + what + exit());
        }
        ProcessCounters.roundTrip();
        long due = System.nanoTime() + deadline.toNanos();
        boolean recorded = false;
        int lines = 0;
        while (true) {
            if (++lines > MAX_LINES) {
                throw failure("wrote more than " + MAX_LINES + " lines reacting to " + what + " without a \"done\""
                        + " line; a node must end every reaction with one" + stderr());
            }
            NodeProcess.Read read = process.readLine(due);
            if (read.timedOut()) {
                throw failure("did not finish reacting to " + what + " within " + deadline.toMillis() + " ms (no"
                        + " \"done\" line after " + process.linesRead() + " lines of output); a node must answer"
                        + " every event with a line whose body type is \"done\"; one that waits for random_ok must"
                        + " flush its output after its random request, or the harness never reads the request"
                        + stderr());
            }
            String text = read.line();
            if (text == null) {
                throw failure("exited while reacting to " + what + exit());
            }
            JsonNode line = parse(text, what);
            JsonNode lineBody = line.get("body");
            String dest = line.get("dest").asText();
            String type = lineBody.get("type").asText();
            if (!Protocol.HARNESS.equals(dest)) {
                int to = Protocol.nodeId(dest);
                if (!cluster.members().contains(to)) {
                    throw offending(text, "sends to \"" + dest + "\", which is neither a member "
                            + Protocol.names(cluster) + " nor \"" + Protocol.HARNESS + "\"");
                }
                if (EVENTS.contains(type)) {
                    throw offending(text, "sends a message of type \"" + type + "\", a name the protocol keeps for"
                            + " its own events; rename the message type");
                }
                ctx.send(to, new GenericMessage(type, Protocol.fields(lineBody, "type")));
                continue;
            }
            switch (type) {
                case "set_timer" -> {
                    JsonNode delay = lineBody.get("delay");
                    JsonNode jitter = lineBody.get("jitter");
                    if (!lineBody.path("timer").isTextual() || delay == null || !delay.canConvertToLong()
                            || delay.asLong() < 0) {
                        throw offending(text, "set_timer needs \"timer\" (a string) and \"delay\" (ticks, 0 or more)");
                    }
                    if (jitter != null && (!jitter.canConvertToInt() || jitter.asInt() < 1)) {
                        throw offending(text, "set_timer's \"jitter\" is an integer of 1 or more (ticks added to the"
                                + " delay are drawn from 0 to jitter - 1), or absent");
                    }
                    // Drawn as a random request at this line would be, so the run is the same either way.
                    long drawn = jitter == null ? 0 : ctx.random(jitter.asInt());
                    ctx.setTimer(lineBody.get("timer").asText(), delay.asLong() + drawn);
                }
                case "cancel_timer" -> {
                    if (!lineBody.path("timer").isTextual()) {
                        throw offending(text, "cancel_timer needs \"timer\" (a string)");
                    }
                    ctx.cancelTimer(lineBody.get("timer").asText());
                }
                case "persist" -> ctx.persist(Protocol.plain(lineBody.get("durable")));
                case "record" -> {
                    if (recorded || !lineBody.path("action").isTextual()
                            || (lineBody.has("vars") && !lineBody.get("vars").isObject())) {
                        throw offending(text, "record needs \"action\" (a string) and \"vars\" (an object), at most"
                                + " once per event");
                    }
                    recorded = true;
                    Map<String, Object> vars = lineBody.has("vars") ? Protocol.fields(lineBody.get("vars"))
                            : Map.of();
                    ctx.record(lineBody.get("action").asText(), vars);
                }
                case "random" -> {
                    JsonNode bound = lineBody.get("bound");
                    if (bound == null || !bound.canConvertToInt() || bound.asInt() < 1) {
                        throw offending(text, "random needs \"bound\", an integer of 1 or more");
                    }
                    Map<String, Object> reply = Protocol.body("random_ok", "in_reply_to", lineBody.get("msg_id") == null
                            ? null : Protocol.plain(lineBody.get("msg_id")), "value", ctx.random(bound.asInt()));
                    if (!process.writeLine(Protocol.line(Protocol.HARNESS, Protocol.nodeName(self), now, reply))) {
                        throw failure("exited while reacting to " + what + exit());
                    }
                    ProcessCounters.roundTrip();
                }
                case "done" -> {
                    belief(lineBody, text);
                    resettable |= lineBody.path("reset").asBoolean(false);
                    betweenEvents = true;
                    ProcessCounters.event(System.nanoTime() - started);
                    return;
                }
                default -> throw offending(text, "body type \"" + type + "\" is not one the harness answers;"
                        + " to the harness a node sends set_timer, cancel_timer, persist, record, random or done");
            }
        }
    }

    /** Parses a line and checks its framing: src is this node, dest and body.type are strings. */
    private JsonNode parse(String text, String what) {
        JsonNode line;
        try {
            line = Protocol.MAPPER.readTree(text);
        } catch (Exception e) {
            throw offending(text, "is not JSON (while reacting to " + what + "); a node writes protocol lines"
                    + " only to stdout, and its logs to stderr");
        }
        if (line == null || !line.isObject() || !line.path("dest").isTextual() || !line.path("body").isObject()
                || !line.path("body").path("type").isTextual()) {
            throw offending(text, "is not a protocol line: it needs {\"src\", \"dest\", \"body\": {\"type\", ...}}");
        }
        if (!Protocol.nodeName(self).equals(line.path("src").asText())) {
            throw offending(text, "has src \"" + line.path("src").asText() + "\", but this node is \""
                    + Protocol.nodeName(self) + "\"");
        }
        return line;
    }

    private void belief(JsonNode body, String text) {
        Role r = Protocol.role(body.path("role").asText(null));
        JsonNode leaderName = body.get("leader");
        int l = leaderName == null || leaderName.isNull() ? Cluster.NONE : Protocol.nodeId(leaderName.asText());
        JsonNode t = body.get("term");
        if (r == null || l < 0 || (l != Cluster.NONE && !cluster.members().contains(l))
                || (t != null && !t.isNull() && !t.canConvertToLong())) {
            throw offending(text, "done needs \"role\" (idle, follower, candidate or leader), \"leader\" (a member's"
                    + " name or null) and \"term\" (an integer, or absent for 0)");
        }
        role = r;
        leader = l;
        term = t == null || t.isNull() ? 0 : t.asLong();
    }

    private NodeProtocolException offending(String text, String problem) {
        String shown = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        return failure("line " + process.linesRead() + " of its output " + problem + ": " + shown + stderr());
    }

    private NodeProtocolException failure(String problem) {
        return new NodeProtocolException("node " + Protocol.nodeName(self) + " (" + command.display() + ") "
                + problem);
    }

    private String exit() {
        Integer status = process.exitStatus();
        return (status == null ? "" : " (exit status " + status + ")") + stderr();
    }

    private String stderr() {
        String tail = process.stderrTail();
        return tail.isEmpty() ? "" : "; its stderr ends with:\n" + tail.indent(4).stripTrailing();
    }

    /**
     * Ends this incarnation's process: a process that accepts reset and stands between events is reset
     * and kept for a later incarnation; any other, or one that does not answer its reset with
     * {@code done} in time, is killed.
     */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        NodeProcess ending = process;
        process = null;
        if (resettable && betweenEvents && reset(ending)) {
            ProcessPool.give(command, ending);
        } else {
            ending.close();
        }
    }

    /** Sends {@code reset} and waits for its {@code done}; false if the process does not give one. */
    private boolean reset(NodeProcess p) {
        if (!p.writeLine(Protocol.line(Protocol.HARNESS, Protocol.nodeName(self), 0L,
                Protocol.body("reset", "msg_id", ++msgId)))) {
            return false;
        }
        ProcessCounters.roundTrip();
        long due = System.nanoTime() + deadline.toNanos();
        for (int lines = 0; lines < MAX_LINES; lines++) {
            NodeProcess.Read read = p.readLine(due);
            if (read.timedOut() || read.line() == null) {
                return false;
            }
            try {
                JsonNode line = Protocol.MAPPER.readTree(read.line());
                if (line != null && "done".equals(line.path("body").path("type").asText(null))) {
                    return true;
                }
            } catch (Exception notJson) {
                return false;
            }
        }
        return false;
    }
}
