package dev.electorate.harness.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.electorate.impl.Algorithms;
import dev.electorate.spec.Algorithm;
import dev.electorate.spec.Cluster;
import dev.electorate.spec.Context;
import dev.electorate.spec.Message;
import dev.electorate.spec.Node;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one node of a reference algorithm as an external process over the node protocol
 * (docs/protocol.md), so the process adapter can be held against the in-process runs:
 * {@code java -cp electorate.jar dev.electorate.harness.adapter.ProtocolNodeMain bully [mutant]}.
 * It offers reset (protocol version 2), so one JVM serves a node after another instead of starting
 * per node per run.
 */
public final class ProtocolNodeMain {

    private final Algorithm algorithm;
    private final String mutant;
    private final LineReader in;
    private final PrintStream out;
    private final Map<String, Class<?>> messageTypes = new HashMap<>();
    private Node node;
    private String self;
    private Cluster cluster;

    private ProtocolNodeMain(Algorithm algorithm, String mutant, LineReader in, PrintStream out) {
        this.algorithm = algorithm;
        this.mutant = mutant;
        this.in = in;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ProtocolNodeMain ALGORITHM [MUTANT]; algorithms: " + Algorithms.names());
            System.exit(2);
        }
        // Straight from the pipe: System.in's buffering asks the pipe how much it holds before each read.
        LineReader in = new LineReader(new FileInputStream(FileDescriptor.in));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        new ProtocolNodeMain(Algorithms.byName(args[0]), args.length > 1 ? args[1] : null, in, out).serve();
    }

    private void serve() throws IOException {
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            JsonNode line = Protocol.MAPPER.readTree(text);
            JsonNode body = line.get("body");
            Reaction ctx = new Reaction(line.get("now").asLong());
            String type = body.get("type").asText();
            if (type.equals("reset")) {
                // Forget the node: the next line is the init or restart of another one.
                node = null;
                emit(Protocol.HARNESS, Protocol.body("done", "role", "idle", "leader", null, "term", 0));
                out.flush();
                continue;
            }
            switch (type) {
                case "init", "restart" -> {
                    self = body.get("node_id").asText();
                    cluster = new Cluster(Protocol.ids(body.get("node_ids")));
                    node = algorithm.create(Protocol.nodeId(self), cluster, mutant);
                    if (type.equals("init")) {
                        node.start(ctx);
                    } else {
                        node.restart(ctx, durable(body.get("durable")));
                    }
                }
                case "timeout" -> node.timeout(ctx, body.get("timer").asText());
                default -> node.receive(ctx, Protocol.nodeId(line.get("src").asText()), message(type, body));
            }
            int leader = node.leader();
            Map<String, Object> done = Protocol.body("done", "role", Protocol.roleName(node.role()),
                    "leader", leader == Cluster.NONE ? null : Protocol.nodeName(leader), "term", node.term());
            if ((type.equals("init") || type.equals("restart")) && body.path("protocol").asInt(1) >= 2) {
                done.put("reset", true);
            }
            emit(Protocol.HARNESS, done);
            out.flush();
        }
    }

    /**
     * The algorithm's own message record named {@code type}, from the node's package or a
     * superclass's (Le Lann and Chang-Roberts share the ring's messages), top-level or nested in
     * another type there (the recipes group theirs in one class), made from the body's fields.
     */
    private Message message(String type, JsonNode body) {
        Class<?> c = messageTypes.computeIfAbsent(type, t -> {
            for (Class<?> k = node.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
                Class<?> found = MessageTypes.find(k, t);
                if (found != null) {
                    return found;
                }
            }
            throw new IllegalArgumentException("no message type " + t + " in the package of " + node.getClass()
                    + " or of its superclasses");
        });
        return (Message) Protocol.MAPPER.convertValue(Protocol.fields(body, "type"), c);
    }

    /** Durable state travels as {@code {"class", "value"}} so it comes back as the type the node persisted. */
    private static Object durable(JsonNode wrapped) {
        if (wrapped == null || wrapped.isNull()) {
            return null;
        }
        try {
            return Protocol.MAPPER.treeToValue(wrapped.get("value"), Class.forName(wrapped.get("class").asText()));
        } catch (ClassNotFoundException | IOException e) {
            throw new IllegalArgumentException("cannot restore durable state " + wrapped + ": " + e, e);
        }
    }

    private void emit(String dest, Map<String, Object> body) {
        out.println(Protocol.line(self, dest, null, body));
    }

    /** The context of one event: the node's outputs become protocol lines. */
    private final class Reaction implements Context {
        private final long now;

        Reaction(long now) {
            this.now = now;
        }

        @Override
        public int self() {
            return Protocol.nodeId(self);
        }

        @Override
        public Cluster cluster() {
            return cluster;
        }

        @Override
        public long now() {
            return now;
        }

        @Override
        public void send(int to, Message message) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", message.type());
            body.putAll(message.fields());
            emit(Protocol.nodeName(to), body);
        }

        @Override
        public void setTimer(String timer, long delay) {
            emit(Protocol.HARNESS, Protocol.body("set_timer", "timer", timer, "delay", delay));
        }

        @Override
        public void cancelTimer(String timer) {
            emit(Protocol.HARNESS, Protocol.body("cancel_timer", "timer", timer));
        }

        @Override
        public int random(int bound) {
            emit(Protocol.HARNESS, Protocol.body("random", "bound", bound));
            out.flush();
            try {
                String reply = in.readLine();
                return Protocol.MAPPER.readTree(reply).get("body").get("value").asInt();
            } catch (IOException e) {
                throw new IllegalStateException("no random_ok from the harness", e);
            }
        }

        @Override
        public void persist(Object durable) {
            Map<String, Object> wrapped = new LinkedHashMap<>();
            wrapped.put("class", durable == null ? null : durable.getClass().getName());
            wrapped.put("value", durable);
            emit(Protocol.HARNESS, Protocol.body("persist", "durable", durable == null ? null : wrapped));
        }

        @Override
        public void record(String action, Map<String, ?> vars) {
            emit(Protocol.HARNESS, Protocol.body("record", "action", action, "vars", vars));
        }
    }

}
