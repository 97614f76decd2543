package dev.electorate.harness.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's test command is {@code bash .ci/run}, and on a machine that lacks what the tests need
 * it installs exactly the missing packages, then runs {@code mvn -B verify}; with everything there it
 * installs nothing. Run against stub programs on an empty PATH, so nothing is really installed.
 */
class TestCommandTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theReadmeTestCommandIsTheCiScript() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertTrue(readme.contains("\nbash .ci/run "), "the README's second command is bash .ci/run");
        assertTrue(!readme.contains("\nmvn -B verify "), "mvn -B verify alone fails on a fresh machine");
    }

    @Test
    void aFreshMachineGetsWhatIsMissingThenTheTests(@TempDir Path bin) throws Exception {
        stub(bin, "chromium", "");
        List<String> log = run(bin);
        assertEquals(List.of("apt-get update -qq", "apt-get install -y -qq etcd-server python3", "mvn -B verify"), log);
    }

    @Test
    void aReadyMachineInstallsNothing(@TempDir Path bin) throws Exception {
        stub(bin, "chromium", "");
        stub(bin, "etcd", "");
        stub(bin, "python3", "");
        assertEquals(List.of("mvn -B verify -q"), run(bin, "-q"));
    }

    /** Runs .ci/run as CI does (no stdin, CI=true) with only {@code bin} and a few basics on the PATH. */
    private static List<String> run(Path bin, String... args) throws Exception {
        Path log = bin.resolve("log");
        Files.writeString(log, "");
        stub(bin, "apt-get", "echo \"apt-get $*\" >> " + log);
        stub(bin, "mvn", "echo \"mvn $*\" >> " + log);
        stub(bin, "sudo", "[ \"$1\" = -n ] && shift; exec \"$@\""); // a developer who is not root
        for (String basic : List.of("dirname", "id", "env")) {
            Path real = Files.exists(Path.of("/usr/bin", basic)) ? Path.of("/usr/bin", basic) : Path.of("/bin", basic);
            stub(bin, basic, "exec " + real + " \"$@\""); // a script, not a link: the temporary folder keeps to itself
        }
        List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", ROOT.resolve(".ci/run").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true);
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("CI", "true");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        return Files.readAllLines(log);
    }

    private static void stub(Path bin, String name, String body) throws Exception {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
