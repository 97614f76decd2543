package dev.electorate.validate.zookeeper;

import dev.electorate.validate.ClientProcess;
import dev.electorate.validate.ElectionService;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingCluster;

/**
 * A real ZooKeeper ensemble: by default three servers of curator-test's {@link TestingCluster} in this
 * JVM (real server code, real quorum), or the user's own ensemble.
 */
public final class ZooKeeperService implements ElectionService {
    // Half a second: sessions of 1 to 10 s are allowed (ZooKeeper bounds them to 2 and 20 ticks).
    private static final int TICK_MILLIS = 500;
    private static final int SERVERS = 3;

    private TestingCluster cluster;
    private final List<InstanceSpec> specs = new ArrayList<>();

    @Override
    public String name() {
        return "zookeeper";
    }

    @Override
    public List<InetSocketAddress> start(Path dir, List<InetSocketAddress> connect) throws Exception {
        if (!connect.isEmpty()) {
            return connect;
        }
        specs.clear();
        for (int i = 1; i <= SERVERS; i++) {
            Path data = Files.createDirectories(dir.resolve("zk-" + i));
            specs.add(new InstanceSpec(data.toFile(), -1, -1, -1, true, i, TICK_MILLIS, -1));
        }
        cluster = new TestingCluster(specs);
        cluster.start();
        List<InetSocketAddress> endpoints = new ArrayList<>();
        for (InstanceSpec s : specs) {
            endpoints.add(new InetSocketAddress("127.0.0.1", s.getPort()));
        }
        return endpoints;
    }

    @Override
    public void crash(int index) throws Exception {
        cluster.killServer(specs.get(index));
    }

    @Override
    public void restart(int index) throws Exception {
        cluster.restartServer(specs.get(index));
    }

    @Override
    public void expire(ClientProcess client) throws Exception {
        // curator-test's KillSession runs inside the client's JVM, where its ZooKeeper handle lives.
        client.send("expire");
    }

    @Override
    public String clientMain() {
        return ZooKeeperClient.class.getName();
    }

    @Override
    public List<String> clientArgs(int id, List<String> endpoints, int resourcePort, int sessionMillis, String recipe) {
        return List.of("--id", Integer.toString(id), "--connect", String.join(",", endpoints), "--resource", Integer.toString(resourcePort),
                "--session", Integer.toString(sessionMillis), "--recipe", recipe);
    }

    @Override
    public List<String> recipes() {
        return List.of("latch", "selector");
    }

    @Override
    public void close() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                System.err.println("validate zookeeper: stopping the ensemble: " + e);
            }
            cluster = null;
        }
    }
}
