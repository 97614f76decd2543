package com.example.election;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/junit.md shows the example user test exactly as it is compiled and run. */
class ExampleInDocsTest {

    @Test
    void theDocsShowTheExampleVerbatim() throws IOException {
        Path docs = Path.of("..", "docs");
        String example = Files.readString(docs.resolve("examples").resolve("MyElectionTest.java"));
        String page = Files.readString(docs.resolve("junit.md"));
        assertTrue(page.contains("```java\n" + example + "```"),
                "docs/junit.md must show docs/examples/MyElectionTest.java verbatim in a java block");
    }
}
