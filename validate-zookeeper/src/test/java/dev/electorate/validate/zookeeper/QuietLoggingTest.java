package dev.electorate.validate.zookeeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.electorate.validate.Stderr;
import org.junit.jupiter.api.Test;

/** SLF4J finds its binding, so it prints no "no binding" warnings to the validator's console. */
class QuietLoggingTest {

    @Test
    void slf4jIsBoundAndSilent() throws Exception {
        String err = Stderr.of(() -> org.slf4j.LoggerFactory.getLogger(QuietLoggingTest.class).warn("not shown"));
        assertFalse(err.contains("SLF4J"), err);
        assertEquals("org.slf4j.helpers.NOPLoggerFactory", org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName());
        Class.forName("org.slf4j.impl.StaticLoggerBinder"); // SLF4J 1.7's binding: its absence is what warned
    }
}
