package dev.electorate.harness.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of UTF-8 text from a node's stdout, read straight from the pipe into one buffer. A
 * {@code BufferedReader} over an {@code InputStreamReader} asks the pipe how much it holds before
 * every read it may block on (two more system calls per line on Linux), which on a round trip to a
 * node costs about as much as the read itself. A line ends at {@code \n}, a {@code \r} before it is
 * dropped, and a last line without one is still a line; bytes that are not UTF-8 read as U+FFFD.
 */
final class LineReader {

    private final InputStream in;
    private byte[] buffer = new byte[16 * 1024];
    /** The unread bytes are {@code buffer[start, end)}. */
    private int start;
    private int end;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line, without its end; null at the end of the stream. */
    String readLine() throws IOException {
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    int length = i > start && buffer[i - 1] == '\r' ? i - 1 - start : i - start;
                    String line = new String(buffer, start, length, StandardCharsets.UTF_8);
                    start = i + 1;
                    return line;
                }
            }
            scanned = end - start;
            if (start > 0) { // keep the partial line at the front, where the next read appends to it
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            } else if (end == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                if (end == start) {
                    return null;
                }
                String last = new String(buffer, start, end - start, StandardCharsets.UTF_8);
                start = end;
                return last;
            }
            end += n;
        }
    }
}
