package dev.electorate.harness.adapter;

import dev.electorate.harness.io.BadInputException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running operating-system process of an external node: lines in on its stdin, lines out of
 * its stdout read with a deadline, its stderr kept in a file for error messages. Every process is
 * killed when closed, and any still running when the JVM exits are killed by a shutdown hook.
 */
final class NodeProcess implements AutoCloseable {

    /** What {@link #readLine} returns when the process closed its stdout. */
    static final String END = null;

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(NodeProcess::kill),
                "electorate-node-reaper"));
    }

    private final Process process;
    private final BufferedWriter stdin;
    private final Path stderr;
    private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    private int linesRead;

    /** A line of output, or the end of it. */
    private record Line(String text) {}

    NodeProcess(NodeCommand command) {
        try {
            stderr = Files.createTempFile("electorate-node-", ".stderr");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a file for a node's stderr in "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        }
        ProcessBuilder builder = new ProcessBuilder(command.argv())
                .redirectError(ProcessBuilder.Redirect.to(stderr.toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            deleteQuietly(stderr);
            throw new BadInputException("--node-cmd \"" + command.display() + "\" cannot be started: " + e.getMessage()
                    + "; give a program on the PATH or a path to an executable, with its arguments");
        }
        LIVE.add(process);
        stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(this::pump, "electorate-node-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    private void pump() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(new Line(line));
            }
        } catch (IOException e) {
            // The process was killed while we read: that is its end of output.
        }
        lines.add(new Line(END));
    }

    /** Writes one line; false if the process no longer reads (it exited). */
    boolean writeLine(String line) {
        try {
            stdin.write(line);
            stdin.write('\n');
            stdin.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The next line of output, waiting at most until {@code deadlineNanos} (of {@link System#nanoTime}). */
    Read readLine(long deadlineNanos) {
        long wait = deadlineNanos - System.nanoTime();
        try {
            Line line = wait <= 0 ? lines.poll() : lines.poll(wait, TimeUnit.NANOSECONDS);
            if (line == null) {
                return new Read(null, true);
            }
            if (line.text() != null) {
                linesRead++;
            }
            return new Read(line.text(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Read(null, true);
        }
    }

    /** One read: the line (null at the end of output), or the deadline passed first. */
    record Read(String line, boolean timedOut) {}

    /** Lines of stdout read so far: the number of the last one read. */
    int linesRead() {
        return linesRead;
    }

    /** The exit status if the process has ended within a moment, or null while it runs. */
    Integer exitStatus() {
        try {
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** The last few lines the process wrote to stderr, or "" when it wrote none. */
    String stderrTail() {
        try {
            List<String> all = Files.readAllLines(stderr, StandardCharsets.UTF_8);
            List<String> tail = all.subList(Math.max(0, all.size() - 8), all.size());
            return String.join("\n", tail);
        } catch (IOException e) {
            return "";
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        kill(process);
        LIVE.remove(process);
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(stderr);
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless.
        }
    }
}
