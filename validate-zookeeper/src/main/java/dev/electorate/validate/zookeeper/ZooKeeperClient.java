package dev.electorate.validate.zookeeper;

import dev.electorate.validate.ClientChannel;
import java.util.List;
import java.util.Map;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.recipes.leader.LeaderLatch;
import org.apache.curator.framework.recipes.leader.LeaderLatchListener;
import org.apache.curator.framework.recipes.leader.LeaderSelector;
import org.apache.curator.framework.recipes.leader.LeaderSelectorListenerAdapter;
import org.apache.curator.retry.RetryForever;
import org.apache.curator.test.KillSession;

/**
 * One election client in its own process: Curator's LeaderLatch or LeaderSelector, reporting its belief
 * to the driver and writing to the fenced resource while it believes it leads. Its fencing token is the
 * sequence number of the leader's znode plus one (sequence numbers start at 0; tokens are positive).
 */
public final class ZooKeeperClient {
    private ZooKeeperClient() {}

    /** {@code --id N --connect host:port,... --resource PORT --session MS --recipe latch|selector}. */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = ClientChannel.args(args);
        int id = Integer.parseInt(a.get("id"));
        int session = Integer.parseInt(a.get("session"));
        ClientChannel channel = new ClientChannel(id, Integer.parseInt(a.get("resource")));
        // Curator's ensemble tracker would swap the proxies' addresses for the servers' own (read from
        // /zookeeper/config), and a cut link would no longer cut anything: it stays off.
        CuratorFramework curator = CuratorFrameworkFactory.builder().connectString(a.get("connect")).ensembleTracker(false)
                .sessionTimeoutMs(session).connectionTimeoutMs(session).retryPolicy(new RetryForever(100)).build();
        curator.start();
        channel.listen(command -> {
            if (command.equals("expire")) {
                try {
                    KillSession.kill(curator.getZookeeperClient().getZooKeeper());
                } catch (Exception e) {
                    System.err.println("expire failed: " + e);
                }
            }
        });
        String path = "/electorate/" + a.get("recipe");
        if (a.get("recipe").equals("selector")) {
            runSelector(curator, path, channel);
        } else {
            runLatch(curator, path, id, channel);
        }
    }

    static long token(String path) {
        return Long.parseLong(path.substring(path.length() - 10)) + 1;
    }

    private static void runLatch(CuratorFramework curator, String path, int id, ClientChannel channel) throws Exception {
        LeaderLatch latch = new LeaderLatch(curator, path, "c" + id);
        long[] token = {0};
        latch.addListener(new LeaderLatchListener() {
            @Override
            public void isLeader() {
                String leaderPath = latch.getLastPathIsLeader();
                long t = token(leaderPath != null ? leaderPath : latch.getOurPath());
                channel.lead(t); // reported before the first write under it
                synchronized (token) {
                    token[0] = t;
                }
            }

            @Override
            public void notLeader() {
                long t;
                synchronized (token) {
                    t = token[0];
                    token[0] = 0;
                }
                channel.lost(t, "notLeader");
                channel.campaign();
            }
        });
        channel.campaign();
        latch.start();
        while (true) {
            long t;
            synchronized (token) {
                t = token[0];
            }
            if (t > 0 && latch.hasLeadership()) {
                channel.write(t);
            }
            Thread.sleep(50);
        }
    }

    private static void runSelector(CuratorFramework curator, String path, ClientChannel channel) throws Exception {
        LeaderSelector selector = new LeaderSelector(curator, path, new LeaderSelectorListenerAdapter() {
            @Override
            public void takeLeadership(CuratorFramework client) throws Exception {
                // Holding the lock, our node is the lowest of the path's children.
                List<String> children = client.getChildren().forPath(path);
                long t = children.stream().mapToLong(ZooKeeperClient::token).min().orElseThrow();
                channel.lead(t);
                try {
                    while (true) {
                        channel.write(t);
                        Thread.sleep(50);
                    }
                } finally {
                    channel.lost(t, "takeLeadership ended");
                    channel.campaign();
                }
            }
        });
        selector.autoRequeue();
        channel.campaign();
        selector.start();
        Thread.currentThread().join(); // the selector's threads do the work; quit ends the process
    }
}
