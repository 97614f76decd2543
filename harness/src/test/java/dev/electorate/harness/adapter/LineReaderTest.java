package dev.electorate.harness.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A node's stdout read as lines, however the pipe splits the bytes: the lines a BufferedReader would give. */
class LineReaderTest {

    /** A stream that hands out at most {@code chunk} bytes per read, as a pipe may. */
    private static InputStream trickling(String text, int chunk) {
        ByteArrayInputStream all = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return new InputStream() {
            @Override
            public int read() {
                return all.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return all.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static List<String> lines(InputStream in) throws IOException {
        LineReader reader = new LineReader(in);
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
        }
        assertNull(reader.readLine(), "the end stays the end");
        return lines;
    }

    @Test
    void linesSplitAnywhereByThePipeComeOutWhole() throws IOException {
        String text = "{\"a\":1}\r\n\n{\"é\":\"ünïcødé ✓\"}\nlast without an end";
        List<String> expected = List.of("{\"a\":1}", "", "{\"é\":\"ünïcødé ✓\"}", "last without an end");
        for (int chunk : new int[] {1, 2, 3, 5, 7, 64, 100_000}) {
            assertEquals(expected, lines(trickling(text, chunk)), "chunks of " + chunk);
        }
    }

    @Test
    void aLineLongerThanTheBufferIsReadWhole() throws IOException {
        String longLine = "x".repeat(100_000);
        assertEquals(List.of("a", longLine, "b"), lines(trickling("a\n" + longLine + "\nb\n", 4096)));
    }

    @Test
    void bytesThatAreNotUtf8ReadAsReplacementCharacters() throws IOException {
        byte[] bytes = {'o', 'k', (byte) 0xff, '\n'};
        assertEquals(List.of("ok\uFFFD"), lines(new ByteArrayInputStream(bytes)));
        assertEquals(List.of(), lines(new ByteArrayInputStream(new byte[0])));
    }
}
