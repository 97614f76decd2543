package dev.electorate.validate.etcd;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.electorate.validate.Stderr;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/** SLF4J finds its provider, so it prints no "no providers" warning to the validator's console. */
class QuietLoggingTest {

    @Test
    void slf4jHasAProviderAndIsSilent() {
        String err = Stderr.of(() -> org.slf4j.LoggerFactory.getLogger(QuietLoggingTest.class).warn("not shown"));
        assertFalse(err.contains("SLF4J"), err);
        assertTrue(ServiceLoader.load(SLF4JServiceProvider.class).findFirst().isPresent());
    }
}
