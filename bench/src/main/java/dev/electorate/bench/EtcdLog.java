package dev.electorate.bench;

import dev.electorate.history.EdnHistory;
import dev.electorate.history.Op;
import dev.electorate.history.OpType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts a Jepsen etcd test log (the {@code jepsen.util} lines of a single-register read, write and
 * cas test, as Porcupine's test suite keeps them) into the EDN history that
 * {@code electorate lin --model cas-register} reads.
 *
 * <p>Each line {@code INFO  jepsen.util - PROCESS TYPE F VALUE} becomes one entry of the same process,
 * type and operation, with these meanings (those Porcupine's own parser gives the lines):
 *
 * <ul>
 *   <li>{@code :invoke :read nil}, {@code :ok :read V} (V an integer or {@code nil}, the register
 *       still unset): a read that returned V.
 *   <li>{@code :invoke :write V}, {@code :ok :write V}: a write of V.
 *   <li>{@code :invoke :cas [OLD NEW]}, {@code :ok :cas [OLD NEW]}: a compare-and-set that found OLD
 *       and set NEW.
 *   <li>{@code :fail :cas [OLD NEW]}: the cas did not set NEW. Porcupine reads it as a cas that took
 *       effect and found another value than OLD; Jepsen's and this project's {@code fail} says only
 *       that it did not take effect, so the entry is left out of the search. Porcupine's reading is
 *       the stronger: a history may be linearizable here and not there, which is why the side-by-side
 *       script compares the verdicts.
 *   <li>{@code :fail :read :timed-out}: a read whose result is unknown; Porcupine lets it return
 *       anything, which constrains nothing, as leaving it out does.
 *   <li>{@code :info F :timed-out}: indeterminate, it may take effect any time after its invocation or
 *       never. Porcupine keeps such operations open until the end of the history, which means the same.
 *       The entry keeps the invocation's value, with the error {@code timed-out}.
 * </ul>
 *
 * <p>An invocation without a completion counts as {@code info}, in both checkers. Lines of other loggers
 * are skipped; a {@code jepsen.util} line that is none of the above is an error naming the file and line.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.electorate.bench.EtcdLog OUT-DIR LOG...}: writes
 * {@code OUT-DIR/NAME.edn} for each {@code NAME.log}.
 */
public final class EtcdLog {
    private EtcdLog() {}

    private static final Pattern LINE = Pattern.compile(
            "^INFO\\s+jepsen\\.util\\s+-\\s+(\\d{1,18})\\s+:(invoke|ok|fail|info)\\s+:(read|write|cas)\\s+(.*?)\\s*$");
    // At most 18 digits: every such number fits a long.
    private static final Pattern CAS = Pattern.compile("\\[(-?\\d{1,18})\\s+(-?\\d{1,18})]");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

    /** A line that is not what a Jepsen etcd log holds. */
    static final class MalformedLog extends Exception {
        MalformedLog(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: EtcdLog OUT-DIR LOG... (writes OUT-DIR/NAME.edn for each NAME.log)");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        try {
            Files.createDirectories(out);
            for (int i = 1; i < args.length; i++) {
                Path log = Path.of(args[i]);
                String name = log.getFileName().toString().replaceFirst("\\.log$", "") + ".edn";
                Files.writeString(out.resolve(name), toEdn(log.toString(), Files.readString(log)), StandardCharsets.UTF_8);
            }
        } catch (MalformedLog e) {
            System.err.println("EtcdLog: " + e.getMessage());
            System.exit(2);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("EtcdLog: cannot read or write " + e.getMessage() + "; check the paths given");
            System.exit(2);
        }
    }

    /** The EDN history of the log {@code text}, read from {@code source} (named in errors). */
    static String toEdn(String source, String text) throws MalformedLog {
        return EdnHistory.write(entries(source, text));
    }

    /** The history entries of the log {@code text}, numbered from 0. */
    static List<Op> entries(String source, String text) throws MalformedLog {
        List<Op> ops = new ArrayList<>();
        // An info completion says only that the operation timed out; it keeps what was invoked.
        Map<Long, Object> invoked = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (!line.contains("jepsen.util")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw malformed(source, n, line, "is not PROCESS :invoke|:ok|:fail|:info :read|:write|:cas VALUE");
            }
            long process = Long.parseLong(m.group(1));
            OpType type = OpType.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String f = m.group(3);
            String raw = m.group(4);
            Object value;
            String error = null;
            if (raw.equals(":timed-out")) {
                if (type != OpType.INFO && !(type == OpType.FAIL && f.equals("read"))) {
                    throw malformed(source, n, line, "times out, which only :info or a failed :read may");
                }
                value = type == OpType.INFO ? invoked.get(process) : null;
                error = "timed-out";
            } else {
                value = value(f, type, raw);
                if (value == Malformed.VALUE) {
                    throw malformed(source, n, line, "has a value that a " + f + " cannot have: " + raw);
                }
            }
            if (type == OpType.INVOKE) {
                invoked.put(process, value);
            }
            ops.add(new Op(ops.size(), -1, process, type, f, value, error));
        }
        return ops;
    }

    private enum Malformed { VALUE }

    private static Object value(String f, OpType type, String raw) {
        if (f.equals("cas")) {
            Matcher m = CAS.matcher(raw);
            return m.matches() ? List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))) : Malformed.VALUE;
        }
        if (raw.equals("nil") && f.equals("read")) {
            return null;
        }
        return INTEGER.matcher(raw).matches() && !(f.equals("read") && type == OpType.INVOKE)
                ? Long.parseLong(raw) : Malformed.VALUE;
    }

    private static MalformedLog malformed(String source, int n, String line, String why) {
        return new MalformedLog(source + ":" + (n + 1) + ": the line '" + line.strip() + "' " + why
                + "; an etcd log holds only the jepsen.util lines of a read, write and cas test");
    }
}
