package dev.electorate.harness.adapter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The Python 3 interpreter the process tests start nodes with. Missing Python fails the tests
 * (never skips them), saying how to install it.
 */
public final class Python {

    private static String executable;

    private Python() {}

    /**
     * The interpreter itself, not a wrapper script that finds it (a version manager's shim costs a
     * few hundred milliseconds per node), resolved once from {@code python3}.
     */
    public static synchronized String executable() {
        if (executable == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                    throw new AssertionError("python3 does not run (" + out + "); install it: apt-get install -y python3");
                }
                executable = out;
            } catch (IOException e) {
                throw new AssertionError("python3 is not on the PATH (" + e.getMessage() + "); the process adapter's"
                        + " tests need it: apt-get install -y python3");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while looking for python3", e);
            }
        }
        return executable;
    }

    /** The command line that runs {@code script} with its arguments (-S: no site packages, a faster start). */
    public static String command(Path script, String... args) {
        StringBuilder line = new StringBuilder("'" + executable() + "' -S '" + script + "'");
        for (String a : args) {
            line.append(' ').append(a);
        }
        return line.toString();
    }

    /** A test node script under src/test/resources/nodes. */
    public static Path testNode(String name) {
        return Path.of("src", "test", "resources", "nodes", name).toAbsolutePath();
    }

    /** The reference node of examples/python. */
    public static Path referenceNode() {
        return ExampleElection.examples().resolve("python").resolve("highest_id_node.py");
    }

    /** Whether any process this JVM started is still running. */
    public static boolean childrenAlive() {
        return ProcessHandle.current().descendants().anyMatch(ProcessHandle::isAlive);
    }
}
