package dev.electorate.validate.etcd;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/** SLF4J finds its provider, so it prints no "no providers" warning to the validator's console. */
class QuietLoggingTest {

    @Test
    void slf4jHasAProviderAndIsSilent() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            org.slf4j.LoggerFactory.getLogger(QuietLoggingTest.class).warn("not shown");
        } finally {
            System.setErr(old);
        }
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("SLF4J"), err.toString(StandardCharsets.UTF_8));
        assertTrue(ServiceLoader.load(SLF4JServiceProvider.class).findFirst().isPresent());
    }
}
