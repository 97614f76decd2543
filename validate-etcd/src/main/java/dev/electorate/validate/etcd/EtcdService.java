package dev.electorate.validate.etcd;

import dev.electorate.validate.ClientProcess;
import dev.electorate.validate.ElectionService;
import io.etcd.jetcd.Client;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real etcd server: by default one {@code etcd} process (Debian's {@code etcd-server}) on free
 * loopback ports with its data under the run's folder, killed with SIGKILL and restarted on the same
 * data; or the user's own servers. Session expiry revokes the client's lease from the driver.
 */
public final class EtcdService implements ElectionService {
    /** Where Debian's {@code etcd-server} installs the server. */
    public static final Path DEFAULT_BINARY = Path.of("/usr/bin/etcd");

    private final Path binary;
    private List<String> command;
    private Path logFile;
    private Process server;
    private Client admin;
    private CompletableFuture<?> adminReady;
    private List<InetSocketAddress> endpoints = List.of();

    /** An etcd service that runs {@code $ELECTORATE_ETCD} or {@code /usr/bin/etcd} when embedded. */
    public EtcdService() {
        String env = System.getenv("ELECTORATE_ETCD");
        this.binary = env != null && !env.isEmpty() ? Path.of(env) : DEFAULT_BINARY;
    }

    @Override
    public String name() {
        return "etcd";
    }

    @Override
    public List<InetSocketAddress> start(Path dir, List<InetSocketAddress> connect) throws Exception {
        if (!connect.isEmpty()) {
            endpoints = connect;
            connectAdmin();
            return connect;
        }
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("no etcd server at " + binary + ": install it with 'apt-get install -y etcd-server'"
                    + " (or set ELECTORATE_ETCD to an etcd binary, or point at your own servers with --connect host:port)");
        }
        Files.createDirectories(dir);
        int clientPort = freePort();
        int peerPort = freePort();
        String peer = "http://127.0.0.1:" + peerPort;
        String client = "http://127.0.0.1:" + clientPort;
        command = List.of(binary.toString(), "--name", "electorate", "--data-dir", dir.resolve("etcd-data").toString(),
                "--listen-client-urls", client, "--advertise-client-urls", client,
                "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
                "--initial-cluster", "electorate=" + peer, "--initial-cluster-state", "new");
        logFile = dir.resolve("etcd.log");
        endpoints = List.of(new InetSocketAddress("127.0.0.1", clientPort));
        launch();
        connectAdmin();
        return endpoints;
    }

    // Made and used once before any fault, in the background while the clients start: a cold gRPC
    // client takes seconds to make its first call, which would put the revoke seconds after the fault.
    private void connectAdmin() {
        List<String> urls = new ArrayList<>();
        endpoints.forEach(e -> urls.add("http://" + e.getHostString() + ":" + e.getPort()));
        admin = Client.builder().endpoints(urls.toArray(String[]::new)).build();
        adminReady = admin.getLeaseClient().grant(5).thenCompose(granted -> admin.getLeaseClient().revoke(granted.getID()));
    }

    private void launch() throws IOException, InterruptedException {
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("etcd exited with status " + server.exitValue() + "; see " + logFile);
            }
            try (Socket s = new Socket()) {
                s.connect(endpoints.get(0), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("etcd did not listen on " + endpoints.get(0) + " within 15 s; see " + logFile);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void crash(int index) throws Exception {
        server.destroyForcibly(); // SIGKILL: no clean shutdown
        server.waitFor();
    }

    @Override
    public void restart(int index) throws Exception {
        launch(); // same data dir: the member, its keys and leases come back
    }

    @Override
    public void expire(ClientProcess client) throws Exception {
        if (client.session().isEmpty()) {
            return;
        }
        adminReady.get(30, TimeUnit.SECONDS);
        admin.getLeaseClient().revoke(Long.parseLong(client.session())).get(5, TimeUnit.SECONDS);
    }

    @Override
    public String clientMain() {
        return EtcdClient.class.getName();
    }

    @Override
    public List<String> clientArgs(int id, List<String> endpoints, int resourcePort, int sessionMillis, String recipe) {
        List<String> urls = new ArrayList<>();
        endpoints.forEach(e -> urls.add("http://" + e));
        return List.of("--id", Integer.toString(id), "--endpoints", String.join(",", urls), "--resource", Integer.toString(resourcePort),
                "--session", Integer.toString(sessionMillis), "--recipe", recipe);
    }

    @Override
    public List<String> recipes() {
        return List.of("election");
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
        if (server != null) {
            server.destroyForcibly();
            try {
                server.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }
}
