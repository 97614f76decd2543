package dev.electorate.harness.adapter;

import dev.electorate.harness.io.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.DirectoryStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One running operating-system process of an external node: lines in on its stdin, lines out of
 * its stdout read with a deadline, its stderr kept in a file for error messages. Every process is
 * killed when closed, and any still running when the JVM exits are killed by a shutdown hook.
 *
 * <p>The simulator's thread reads the node's stdout itself, blocking: a reader thread handing lines
 * over would add a thread's wake-up to every round trip, which is most of a round trip's cost on a
 * busy machine. One watchdog thread ends a read that outlives its deadline, or whose process has
 * exited while a child it left holds its stdout open, by killing the process's group, which closes
 * the pipe.
 */
final class NodeProcess implements AutoCloseable {

    /** What {@link #readLine} returns when the process closed its stdout. */
    static final String END = null;

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    /** Processes started since the JVM began: how tests see that reset spares the starts. */
    private static final java.util.concurrent.atomic.AtomicLong STARTED = new java.util.concurrent.atomic.AtomicLong();

    /** How often the watchdog looks at the reads in progress. */
    private static final long WATCH_MILLIS = 20;

    /** Processes whose stdout the simulator is waiting on. */
    private static final Set<NodeProcess> READING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(NodeProcess::kill),
                "electorate-node-reaper"));
        Thread watchdog = new Thread(NodeProcess::watch, "electorate-node-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private final Process process;
    private final OutputStream stdin;
    private final Path stderr;
    private final LineReader stdout;
    private int linesRead;
    /** The deadline (of {@link System#nanoTime}) of the read in progress; guarded by this. */
    private long readDue;
    private boolean reading;
    /** The watchdog ended the read in progress at its deadline; guarded by this. */
    private boolean timedOut;

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
        stdin = process.getOutputStream();
        stdout = new LineReader(process.getInputStream());
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

    /** The watchdog's loop: ends every read that is overdue, or whose process has exited. */
    private static void watch() {
        while (true) {
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            for (NodeProcess p : READING) {
                p.watchRead();
            }
        }
    }

    private synchronized void watchRead() {
        if (!reading) {
            return;
        }
        if (System.nanoTime() - readDue >= 0) {
            timedOut = true;
            kill(process);
        } else if (!process.isAlive()) {
            // What it wrote before it exited is still in the pipe and read first; a child it left
            // behind may hold the pipe open, so the group goes too, and the read then meets the end.
            kill(process);
        }
    }

    /** Writes one line, in one write to the pipe; false if the process no longer reads (it exited). */
    boolean writeLine(String line) {
        try {
            byte[] text = line.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Arrays.copyOf(text, text.length + 1);
            bytes[text.length] = '\n';
            stdin.write(bytes);
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
        synchronized (this) {
            readDue = deadlineNanos;
            timedOut = false;
            reading = true;
        }
        READING.add(this);
        String line;
        long start = System.nanoTime();
        try {
            line = stdout.readLine();
        } catch (IOException e) {
            line = END; // the process was killed while we read: that is its end of output
        } finally {
            READING.remove(this);
            ProcessCounters.read(System.nanoTime() - start);
        }
        synchronized (this) {
            reading = false;
            if (timedOut) {
                return new Read(null, true);
            }
        }
        if (line != null) {
            linesRead++;
        }
        return new Read(line, false);
    }

    /** One read: the line (null at the end of output), or the deadline passed first. */
    record Read(String line, boolean timedOut) {}

    /** CPU time the node processes alive now have used so far (user and system, of the process itself). */
    static long liveCpuNanos() {
        long sum = 0;
        for (Process p : LIVE) {
            sum += p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        }
        return sum;
    }

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
