package dev.electorate.validate.etcd;

import dev.electorate.validate.ClientChannel;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.Election;
import io.etcd.jetcd.Lease;
import io.etcd.jetcd.election.CampaignResponse;
import io.etcd.jetcd.election.LeaderKey;
import io.etcd.jetcd.lease.LeaseKeepAliveResponse;
import io.etcd.jetcd.support.CloseableClient;
import io.grpc.stub.StreamObserver;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One election client in its own process: etcd's election API through jetcd, with a lease kept alive
 * in the background. It believes it leads from a won campaign until its key is no longer the leader,
 * its lease is reported gone, or a lease TTL has passed since the last keep-alive answer (the careful
 * client's deadline). Its fencing token is the leader key's create revision.
 */
public final class EtcdClient {
    private EtcdClient() {}

    private static final ByteSequence ELECTION = ByteSequence.from("electorate/election", StandardCharsets.UTF_8);

    /** {@code --id N --endpoints http://host:port,... --resource PORT --session MS --recipe election}. */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = ClientChannel.args(args);
        int id = Integer.parseInt(a.get("id"));
        long ttlMillis = Math.max(1, (Integer.parseInt(a.get("session")) + 999) / 1000) * 1000L;
        ClientChannel channel = new ClientChannel(id, Integer.parseInt(a.get("resource")));
        channel.listen(command -> { });
        Client client = Client.builder().endpoints(a.get("endpoints").split(",")).build();
        Election election = client.getElectionClient();
        Lease leases = client.getLeaseClient();
        ByteSequence proposal = ByteSequence.from("c" + id, StandardCharsets.UTF_8);
        while (true) {
            try {
                channel.campaign();
                campaignOnce(channel, election, leases, proposal, ttlMillis);
            } catch (Exception e) {
                System.err.println("campaign ended: " + e);
                Thread.sleep(200);
            }
        }
    }

    /** The state of one lease as the keep-alive stream last told it. */
    private static final class LeaseWatch implements StreamObserver<LeaseKeepAliveResponse> {
        volatile long lastAlive = System.nanoTime();
        volatile String gone;

        @Override
        public void onNext(LeaseKeepAliveResponse r) {
            if (r.getTTL() > 0) {
                lastAlive = System.nanoTime();
            } else {
                gone = "lease expired";
            }
        }

        @Override
        public void onError(Throwable t) {
            gone = "keep-alive failed: " + t.getMessage();
        }

        @Override
        public void onCompleted() {
            gone = "keep-alive ended";
        }

        String dead(long ttlMillis) {
            if (gone != null) {
                return gone;
            }
            return System.nanoTime() - lastAlive > ttlMillis * 1_000_000L ? "no keep-alive answer for a TTL" : null;
        }
    }

    private static void campaignOnce(ClientChannel channel, Election election, Lease leases, ByteSequence proposal, long ttlMillis) throws Exception {
        // Generous: the first call of a cold gRPC client takes seconds.
        long lease = leases.grant(ttlMillis / 1000).get(30, TimeUnit.SECONDS).getID();
        channel.session(Long.toString(lease));
        LeaseWatch watch = new LeaseWatch();
        CloseableClient keepAlive = leases.keepAlive(lease, watch);
        try {
            CompletableFuture<CampaignResponse> campaign = election.campaign(ELECTION, lease, proposal);
            LeaderKey key = null;
            while (key == null) {
                String dead = watch.dead(ttlMillis);
                if (dead != null) {
                    campaign.cancel(true);
                    throw new IllegalStateException("lease " + lease + " lost while campaigning: " + dead);
                }
                try {
                    key = campaign.get(100, TimeUnit.MILLISECONDS).getLeader();
                } catch (TimeoutException stillWaiting) {
                    // a campaign blocks until this client leads
                }
            }
            long token = key.getRevision();
            channel.lead(token);
            String why = hold(channel, election, key, watch, ttlMillis, token);
            channel.lost(token, why);
        } finally {
            keepAlive.close();
            leases.revoke(lease); // best effort: a lease that is gone already stays gone
        }
    }

    private static String hold(ClientChannel channel, Election election, LeaderKey key, LeaseWatch watch, long ttlMillis, long token) throws InterruptedException {
        long nextCheck = 0;
        while (true) {
            String dead = watch.dead(ttlMillis);
            if (dead != null) {
                return dead;
            }
            if (System.nanoTime() >= nextCheck) {
                nextCheck = System.nanoTime() + 200_000_000L;
                try {
                    var kv = election.leader(ELECTION).get(200, TimeUnit.MILLISECONDS).getKv();
                    if (kv == null || !kv.getKey().equals(key.getKey())) {
                        return "another key leads";
                    }
                } catch (Exception unknown) {
                    // unreachable for now: the lease deadline decides
                }
            }
            channel.write(token);
            Thread.sleep(50);
        }
    }
}
