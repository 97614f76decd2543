package dev.electorate.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The storage a leader writes to, owned by the driver: it accepts a write only if its fencing token is
 * at least the highest it has accepted, so a deposed leader's late write is rejected. Clients speak one
 * line per write, {@code write <client> <token>}, and get {@code ok} or {@code stale <highest>} back.
 */
public final class FencedResource implements AutoCloseable {
    private final EventLog log;
    private final boolean fenced;
    private final ServerSocket server;
    private final List<Socket> connections = new ArrayList<>();
    private long highest;

    /** Listens on a free loopback port and records every write into {@code log}. */
    public FencedResource(EventLog log) throws IOException {
        this(log, true);
    }

    /**
     * A resource that checks tokens only if {@code fenced}: unfenced it accepts every write, as storage
     * that knows nothing of leaders would, to show what the faults do without fencing.
     */
    public FencedResource(EventLog log, boolean fenced) throws IOException {
        this.log = log;
        this.fenced = fenced;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "fenced-resource");
        t.setDaemon(true);
        t.start();
    }

    /** The port clients write to. */
    public int port() {
        return server.getLocalPort();
    }

    /** Applies one write: accepted when {@code token} is not below the highest accepted so far. */
    public synchronized boolean write(int client, long token) {
        boolean ok = token > 0 && (token >= highest || !fenced);
        if (ok) {
            highest = Math.max(highest, token);
        }
        // Recorded under the same lock as the decision, so the log's order is the resource's order.
        log.record(client, ok ? Event.Kind.WRITE_OK : Event.Kind.WRITE_STALE, token, ok ? "" : "highest " + highest);
        return ok;
    }

    private synchronized long highest() {
        return highest;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                synchronized (connections) {
                    connections.add(s);
                }
                Thread t = new Thread(() -> serve(s), "fenced-resource-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] w = line.trim().split(" ");
                if (w.length != 3 || !w[0].equals("write")) {
                    out.println("error expected: write <client> <token>");
                    continue;
                }
                try {
                    boolean ok = write(Integer.parseInt(w[1]), Long.parseLong(w[2]));
                    out.println(ok ? "ok" : "stale " + highest());
                } catch (NumberFormatException e) {
                    out.println("error expected numbers: write <client> <token>");
                }
            }
        } catch (IOException gone) {
            // the client died or was stopped: nothing to answer
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (connections) {
            for (Socket s : connections) {
                s.close();
            }
        }
    }
}
