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
import java.nio.file.DirectoryStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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

    /** Processes started since the JVM began: how tests see that reset spares the starts. */
    private static final java.util.concurrent.atomic.AtomicLong STARTED = new java.util.concurrent.atomic.AtomicLong();

    /** How often a wait for a line also looks whether the process has exited. */
    private static final long EXIT_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

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
        ProcessBuilder builder = new ProcessBuilder(argv(command))
                .redirectError(ProcessBuilder.Redirect.to(stderr.toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            deleteQuietly(stderr);
            throw new BadInputException("--node-cmd \"" + command.display() + "\" cannot be started: " + e.getMessage()
                    + "; give a program on the PATH or a path to an executable, with its arguments");
        }
        LIVE.add(process);
        STARTED.incrementAndGet();
        stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(this::pump, "electorate-node-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The node's argv, behind {@code setsid} where there is one: the node then leads a process group
     * of its own, which every process it starts joins, so that its children can be found and
     * killed even after it exits (an orphan is no longer its descendant).
     */
    private static List<String> argv(NodeCommand command) {
        if (SETSID == null) {
            return command.argv();
        }
        String program = command.argv().get(0);
        boolean found = program.contains("/") ? Files.isExecutable(Path.of(program))
                : Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
        if (!found) {
            return command.argv(); // started as is, so that the failure to start is reported as such
        }
        List<String> argv = new ArrayList<>();
        argv.add(SETSID);
        argv.addAll(command.argv());
        return argv;
    }

    private static final String SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .filter(f -> Files.isExecutable(Path.of(f))).findFirst().orElse(null);

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

    /**
     * The next line of output, waiting at most until {@code deadlineNanos} (of {@link System#nanoTime});
     * the end of output when the process has exited, even if a child it left behind holds its stdout open.
     */
    Read readLine(long deadlineNanos) {
        try {
            Line line = lines.poll();
            while (line == null) {
                long wait = deadlineNanos - System.nanoTime();
                if (wait <= 0) {
                    return new Read(null, true);
                }
                line = lines.poll(Math.min(wait, EXIT_POLL_NANOS), TimeUnit.NANOSECONDS);
                if (line == null && !process.isAlive()) {
                    line = lines.poll(EXIT_POLL_NANOS, TimeUnit.NANOSECONDS); // what it wrote just before exiting
                    if (line == null) {
                        line = new Line(END);
                    }
                }
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

    /** Node processes started so far in this JVM. */
    static long started() {
        return STARTED.get();
    }

    /** Taken up again by a new incarnation after a reset: its output is numbered afresh. */
    void reused() {
        linesRead = 0;
    }

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
        if (SETSID != null) {
            group(p.pid()).forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The processes of the group {@code leader} leads, orphans included (Linux: read from /proc). */
    private static List<ProcessHandle> group(long leader) {
        List<ProcessHandle> members = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so split after the last ')'.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(fields[2]) == leader) {
                        ProcessHandle.of(Long.parseLong(proc.getFileName().toString())).ifPresent(members::add);
                    }
                } catch (IOException | RuntimeException gone) {
                    // it ended while we looked, or it is not ours to read
                }
            }
        } catch (IOException | RuntimeException noProc) {
            // no /proc: the descendants killed above are all that can be found
        }
        return members;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless.
        }
    }
}
