package dev.electorate.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The client process's side of a run: it reports its beliefs to the driver as marked lines on stdout,
 * takes commands from the driver on stdin, and writes to the fenced resource. Libraries may print on
 * stdout too, so the driver reads only lines that start with {@link #MARK}.
 */
public final class ClientChannel {
    /** The prefix of every line meant for the driver. */
    public static final String MARK = "@electorate ";

    private final int client;
    private final int resourcePort;
    private final PrintStream out;
    private Socket socket;
    private BufferedReader replies;
    private PrintWriter writes;

    /** The channel of client {@code client}, whose fenced resource listens on {@code resourcePort}. */
    public ClientChannel(int client, int resourcePort) {
        this.client = client;
        this.resourcePort = resourcePort;
        this.out = System.out;
    }

    /** Reports that this client starts campaigning. */
    public void campaign() {
        send("campaign");
    }

    /** Reports that this client now believes it leads with {@code token}. */
    public void lead(long token) {
        send("lead " + token);
    }

    /** Reports that this client no longer believes it leads with {@code token}, and why. */
    public void lost(long token, String why) {
        send("lost " + token + " " + why.replace('\n', ' '));
    }

    /** Reports a fact the driver needs to inject faults (the session or lease id). */
    public void session(String id) {
        send("session " + id);
    }

    private synchronized void send(String line) {
        out.println(MARK + line);
        out.flush();
    }

    /** Writes to the fenced resource with {@code token}; true if accepted. Connection trouble counts as not accepted. */
    public synchronized boolean write(long token) {
        try {
            if (socket == null) {
                socket = new Socket(InetAddress.getLoopbackAddress(), resourcePort);
                replies = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                writes = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            }
            writes.println("write " + client + " " + token);
            String reply = replies.readLine();
            return reply != null && reply.equals("ok");
        } catch (IOException e) {
            socket = null;
            return false;
        }
    }

    /** Reads the driver's commands on stdin in a daemon thread; {@code quit} (or end of input) exits the process. */
    public void listen(Consumer<String> commands) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null && !line.equals("quit")) {
                    commands.accept(line.trim());
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("command failed: " + e);
            }
            // The driver is gone or said quit: a client must never outlive it.
            Runtime.getRuntime().halt(0);
        }, "driver-commands");
        t.setDaemon(true);
        t.start();
    }

    /** Parses {@code --name value} pairs of a client's command line. */
    public static java.util.Map<String, String> args(String[] args) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, found " + args[i]);
            }
            m.put(args[i].substring(2), args[i + 1]);
        }
        return m;
    }
}
