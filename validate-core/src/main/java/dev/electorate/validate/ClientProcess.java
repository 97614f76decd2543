package dev.electorate.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One election client in a JVM of its own, so that it can be paused with SIGSTOP and resumed with
 * SIGCONT as a long GC pause would stop it. Its reports become events in the run's log.
 */
public final class ClientProcess implements AutoCloseable {
    private final int id;
    private final Process process;
    private final Writer stdin;
    private volatile String session = "";

    /**
     * Starts {@code mainClass} from the driver's own class path with {@code args}; its stderr goes to
     * {@code stderrFile}, its marked stdout lines into {@code log}.
     */
    public ClientProcess(int id, String mainClass, List<String> args, EventLog log, Path stderrFile) throws IOException {
        this.id = id;
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        this.process = new ProcessBuilder(cmd).redirectError(stderrFile.toFile()).start();
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> read(log), "client-" + id + "-reports");
        reader.setDaemon(true);
        reader.start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void read(EventLog log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.startsWith(ClientChannel.MARK)) {
                    continue;
                }
                String[] w = line.substring(ClientChannel.MARK.length()).split(" ", 3);
                switch (w[0]) {
                    case "campaign" -> log.record(id, Event.Kind.CAMPAIGN, 0, "");
                    case "lead" -> log.record(id, Event.Kind.LEAD, Long.parseLong(w[1]), "");
                    case "lost" -> log.record(id, Event.Kind.LOST, Long.parseLong(w[1]), w.length > 2 ? w[2] : "");
                    case "session" -> session = w[1];
                    default -> { }
                }
            }
        } catch (IOException | RuntimeException ended) {
            // the process ended; its last belief stays as recorded
        }
    }

    /** This client's number. */
    public int id() {
        return id;
    }

    /** The session or lease id the client reported last, or empty. */
    public String session() {
        return session;
    }

    /** Sends one command line to the client. */
    public synchronized void send(String command) throws IOException {
        stdin.write(command + "\n");
        stdin.flush();
    }

    /** Stops the process as a GC pause would: SIGSTOP. */
    public void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** Resumes a paused process: SIGCONT. */
    public void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** Whether the process still runs. */
    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        try {
            signal("CONT"); // a stopped process would not read quit
            send("quit");
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // fall through to the forcible end
        } finally {
            process.destroyForcibly();
        }
    }
}
