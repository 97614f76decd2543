package dev.electorate.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code electorate validate} hands its options to the service's validator jar and returns its exit status. */
class ValidateCommandTest {

    @AfterEach
    void forgetHome() {
        System.clearProperty("electorate.home");
    }

    @Test
    void anUnknownServiceIsBadUsage() {
        CliTest.Outcome o = CliTest.run("validate", "consul");
        assertEquals(2, o.status());
        assertTrue(o.err().contains("unknown service 'consul'; validate zookeeper or etcd"), o.err());
    }

    @Test
    void aMissingValidatorJarSaysHowToBuildIt(@TempDir Path home) {
        System.setProperty("electorate.home", home.toString());
        CliTest.Outcome o = CliTest.run("validate", "etcd", "--duration", "5");
        assertEquals(2, o.status());
        assertTrue(o.err().contains("mvn -B -DskipTests package"), o.err());
    }

    @Test
    void theOptionsReachTheValidatorAndItsStatusComesBack(@TempDir Path home) throws Exception {
        Path jar = home.resolve("validate-zookeeper/target/electorate-validate-zookeeper.jar");
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeValidator.class.getName());
        String entry = FakeValidator.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = FakeValidator.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        System.setProperty("electorate.home", home.toString());
        Path seen = home.resolve("args.txt");
        CliTest.Outcome o = CliTest.run("validate", "zookeeper", seen.toString(), "--clients", "5", "--faults", "pause");
        assertEquals(3, o.status(), o.err());
        assertEquals(seen + " --clients 5 --faults pause", Files.readString(seen));
    }
}
