package dev.electorate.concurrency;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs jcstress on a racy twin and succeeds only when jcstress flags it with an observed forbidden
 * outcome, so the build shows that the jcstress tests can fail without the twin failing the build.
 *
 * <p>Usage: {@code ExpectFlagged TEST REPORT_DIR MODE...}. Modes are tried in order (sanity, then
 * quick): a race that one short run happened to miss is hunted longer before the twin is declared
 * unflagged, which is a build failure.
 */
public final class ExpectFlagged {

    /** What one jcstress run said about the twin. */
    public enum Observation {
        /** It observed a forbidden outcome: the expected result. */
        FLAGGED,
        /** It ran the test and saw only acceptable outcomes. */
        UNFLAGGED,
        /** It did not run the test cleanly: no match, a crash, an error test. */
        BROKEN
    }

    private ExpectFlagged() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 3) {
            System.err.println("usage: ExpectFlagged TEST REPORT_DIR MODE... (for example"
                    + " dev.electorate.concurrency.twin.TornBoardPublication jcstress-twin-report sanity quick)");
            System.exit(2);
        }
        String test = args[0];
        String report = args[1];
        for (String mode : Arrays.copyOfRange(args, 2, args.length)) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djna.tmpdir=jna", "-jar", ownJar(), "-m", mode, "-t", "^" + test.replace(".", "\\.") + "$",
                    "-r", report + "-" + mode);
            System.out.println("[twin] " + String.join(" ", command));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> output = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    System.out.println(line);
                    output.add(line);
                }
            }
            Observation verdict = judge(process.waitFor(), output, test);
            System.out.println("[twin] " + test + " in " + mode + " mode: " + verdict);
            if (verdict == Observation.FLAGGED) {
                System.out.println("[twin] as expected: jcstress flags the racy twin (report in " + report + "-" + mode
                        + ")");
                return;
            }
            if (verdict == Observation.BROKEN) {
                System.err.println("[twin] jcstress did not run " + test + " cleanly; see its output above");
                System.exit(1);
            }
        }
        System.err.println("[twin] jcstress never flagged the racy twin " + test + ": the tests cannot be trusted"
                + " to see a torn publication; widen the twin's race or add a longer mode");
        System.exit(1);
    }

    /** Reads jcstress's exit status and closing summary for {@code test}. */
    public static Observation judge(int exitStatus, List<String> output, String test) {
        boolean noErrors = output.stream().anyMatch(l -> l.trim().equals("Error tests: No matches."));
        if (!noErrors) {
            return Observation.BROKEN;
        }
        boolean failed = output.stream().anyMatch(l -> l.trim().endsWith("[FAILED] " + test));
        boolean forbidden = output.stream().anyMatch(l -> l.contains(test) && l.contains("Observed forbidden state"));
        if (exitStatus == 1 && failed && forbidden) {
            return Observation.FLAGGED;
        }
        boolean ranClean = output.stream().anyMatch(l -> l.trim().equals("Failed tests: No matches."))
                && output.stream().anyMatch(l -> l.trim().startsWith("All remaining tests: 1 matching test"));
        return exitStatus == 0 && ranClean ? Observation.UNFLAGGED : Observation.BROKEN;
    }

    private static String ownJar() {
        try {
            return new File(ExpectFlagged.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot locate the jcstress jar", e));
        }
    }
}
