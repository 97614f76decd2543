package dev.electorate.validate;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * A real election service under validation (a ZooKeeper ensemble, an etcd server): how to start it,
 * hurt it, and start one election client against it. The driver does the rest the same way for all.
 */
public interface ElectionService extends AutoCloseable {

    /** The name used on the command line: {@code zookeeper}, {@code etcd}. */
    String name();

    /**
     * Starts the embedded servers under {@code dir} and returns their client endpoints, or returns
     * {@code connect} unchanged when the user points the run at their own servers.
     */
    List<InetSocketAddress> start(Path dir, List<InetSocketAddress> connect) throws Exception;

    /** Kills server {@code index} (its process or its in-JVM server) without a clean shutdown. */
    void crash(int index) throws Exception;

    /** Restarts server {@code index} on the data it had. */
    void restart(int index) throws Exception;

    /** Expires the session or lease of {@code client}, whose reported session id is {@code client.session()}. */
    void expire(ClientProcess client) throws Exception;

    /** The main class of a client process. */
    String clientMain();

    /**
     * The arguments of client {@code id}'s process: its servers' endpoints (through the harness's proxies),
     * the fenced resource's port, the session timeout and the recipe to run.
     */
    List<String> clientArgs(int id, List<String> endpoints, int resourcePort, int sessionMillis, String recipe);

    /** The recipes this service's clients can run; the first is the default. */
    List<String> recipes();

    /** Stops every server this service started; never throws, always reaps. */
    @Override
    void close();
}
