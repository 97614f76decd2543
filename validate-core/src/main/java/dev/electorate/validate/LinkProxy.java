package dev.electorate.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy between one client and one server, owned by the harness so it can cut the link: cutting
 * closes every connection through it and refuses new ones until the link heals, as a partition would.
 */
public final class LinkProxy implements AutoCloseable {
    private final InetSocketAddress target;
    private final ServerSocket server;
    private final List<Socket> open = new ArrayList<>();
    private volatile boolean cut;

    /** A proxy on a free loopback port forwarding to {@code target}. */
    public LinkProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::acceptLoop, "proxy-" + target.getPort());
        t.setDaemon(true);
        t.start();
    }

    /** Where clients connect: {@code 127.0.0.1:port}. */
    public String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** Whether a connection through this proxy is open now (the client talks to this server). */
    public synchronized boolean inUse() {
        open.removeIf(Socket::isClosed);
        return !open.isEmpty();
    }

    /** Cuts the link: open connections are closed, new ones refused until {@link #heal()}. */
    public void cut() {
        cut = true;
        closeAll();
    }

    /** Lets connections through again. */
    public void heal() {
        cut = false;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            if (cut) {
                close(client);
                continue;
            }
            try {
                Socket upstream = new Socket();
                // --connect gives host names unresolved; resolve them on each connection, as a client would.
                upstream.connect(target.isUnresolved() ? new InetSocketAddress(target.getHostString(), target.getPort()) : target, 1000);
                synchronized (this) {
                    open.add(client);
                    open.add(upstream);
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException down) {
                close(client); // the server is down: the client sees a refused connection, as it would directly
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException closed) {
                // one side went away; closing both below ends the other direction too
            } finally {
                close(from);
                close(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private synchronized void closeAll() {
        for (Socket s : open) {
            close(s);
        }
        open.clear();
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        closeAll();
    }
}
