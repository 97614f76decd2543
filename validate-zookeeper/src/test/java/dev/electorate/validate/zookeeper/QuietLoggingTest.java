package dev.electorate.validate.zookeeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SLF4J finds its binding, so it prints no "no binding" warnings to the validator's console. */
class QuietLoggingTest {

    @Test
    void slf4jIsBoundAndSilent() throws Exception {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            org.slf4j.LoggerFactory.getLogger(QuietLoggingTest.class).warn("not shown");
        } finally {
            System.setErr(old);
        }
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("SLF4J"), err.toString(StandardCharsets.UTF_8));
        assertEquals("org.slf4j.helpers.NOPLoggerFactory", org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName());
        Class.forName("org.slf4j.impl.StaticLoggerBinder"); // SLF4J 1.7's binding: its absence is what warned
    }
}
