package dev.electorate.tla;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code tlc2.TLC -tool} printed into a {@link TlcResult}. In tool mode TLC frames
 * each message as {@code @!@!@STARTMSG code:severity @!@!@ ... @!@!@ENDMSG code @!@!@}; SANY's
 * parse and semantic errors come unframed, so the text between frames is kept too.
 */
final class TlcOutput {

    // Message codes of TLC 2.18 (tlc2.output.EC) that decide the result.
    static final int INVARIANT_VIOLATED = 2110;
    static final int TEMPORAL_VIOLATED = 2116;
    static final int DEADLOCK = 2114;
    static final int STATE = 2217;
    static final int BACK_TO_STATE = 2218;
    static final int STATS = 2199;
    static final int DEPTH = 2194;
    static final int SUCCESS = 2193;
    static final int PARSE_FAILED = 3002;

    private static final Pattern FRAME = Pattern.compile(
            "@!@!@STARTMSG (\\d+):(\\d+) @!@!@\\R(.*?)@!@!@ENDMSG \\1 @!@!@\\R?", Pattern.DOTALL);
    private static final Pattern DISTINCT = Pattern.compile("([\\d,]+) distinct states? found");
    private static final Pattern DEPTH_TEXT = Pattern.compile("search is (\\d+)");
    private static final Pattern INVARIANT = Pattern.compile("Invariant (\\S+) is violated");
    private static final Pattern STATE_HEADER = Pattern.compile("^(\\d+): <([^>]*)>\\s*$", Pattern.MULTILINE);
    private static final Pattern SEMANTIC_AT = Pattern.compile(
            "line (\\d+), col \\d+ to line \\d+, col \\d+ of module (\\w+)");
    private static final Pattern PARSE_AT = Pattern.compile("at line (\\d+), column \\d+");
    private static final Pattern PARSE_MODULE = Pattern.compile(
            "(?:Could not parse module (\\w+)|In module (\\w+)|Cannot find source file for module (\\w+))");

    /** A framed message. */
    record Message(int code, int severity, String text) {}

    private TlcOutput() {}

    static TlcResult parse(String output, int exitCode, double seconds, String config) {
        List<Message> messages = new ArrayList<>();
        StringBuilder unframed = new StringBuilder();
        Matcher m = FRAME.matcher(output);
        int last = 0;
        while (m.find()) {
            unframed.append(output, last, m.start());
            messages.add(new Message(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3).strip()));
            last = m.end();
        }
        unframed.append(output.substring(last));

        TlcResult.Stats stats = stats(messages, seconds);
        List<TlcState> trace = trace(messages);
        for (Message msg : messages) {
            switch (msg.code()) {
                case INVARIANT_VIOLATED -> {
                    Matcher inv = INVARIANT.matcher(msg.text());
                    return new TlcResult.InvariantViolated(inv.find() ? inv.group(1) : "?", trace, stats);
                }
                case TEMPORAL_VIOLATED -> {
                    return new TlcResult.PropertyViolated(trace, stats);
                }
                case DEADLOCK -> {
                    return new TlcResult.Deadlock(trace, stats);
                }
                default -> { }
            }
        }
        if (exitCode == 0 && messages.stream().anyMatch(x -> x.code() == SUCCESS)) {
            return new TlcResult.Passed(stats);
        }
        return specError(messages, unframed.toString(), exitCode, config, stats);
    }

    private static final Pattern GENERATED = Pattern.compile("([\\d,]+) states generated");
    static final int PROGRESS = 2209;
    static final int FINISHED = 2186;

    /**
     * Reads a simulation run ({@code -simulate -depth D}): a violation as in {@link #parse}, else
     * Passed with the states generated (the last progress report) when TLC finished its time.
     */
    static TlcResult parseSimulation(String output, int exitCode, double seconds, String config) {
        TlcResult checked = parse(output, exitCode, seconds, config);
        if (!(checked instanceof TlcResult.SpecError) || exitCode != 0) {
            return checked;
        }
        long generated = -1;
        boolean finished = false;
        Matcher m = FRAME.matcher(output);
        while (m.find()) {
            int code = Integer.parseInt(m.group(1));
            if (code == PROGRESS) {
                Matcher g = GENERATED.matcher(m.group(3));
                if (g.find()) {
                    generated = Long.parseLong(g.group(1).replace(",", ""));
                }
            } else if (code == FINISHED) {
                finished = true;
            }
        }
        if (!finished || generated < 0) {
            return checked;
        }
        return new TlcResult.Passed(new TlcResult.Stats(generated, 0, seconds));
    }

    private static TlcResult.Stats stats(List<Message> messages, double seconds) {
        long distinct = 0;
        int depth = 0;
        for (Message msg : messages) {
            if (msg.code() == STATS) {
                Matcher d = DISTINCT.matcher(msg.text());
                if (d.find()) {
                    distinct = Long.parseLong(d.group(1).replace(",", ""));
                }
            } else if (msg.code() == DEPTH) {
                Matcher d = DEPTH_TEXT.matcher(msg.text());
                if (d.find()) {
                    depth = Integer.parseInt(d.group(1));
                }
            }
        }
        return new TlcResult.Stats(distinct, depth, seconds);
    }

    private static List<TlcState> trace(List<Message> messages) {
        List<TlcState> states = new ArrayList<>();
        for (Message msg : messages) {
            if (msg.code() == STATE) {
                states.add(state(msg.text()));
            } else if (msg.code() == BACK_TO_STATE) {
                states.add(new TlcState(states.size() + 1, msg.text().strip(), Map.of()));
            }
        }
        return states;
    }

    static TlcState state(String text) {
        Matcher h = STATE_HEADER.matcher(text);
        int number = 0;
        String action = "";
        String body = text;
        if (h.find()) {
            number = Integer.parseInt(h.group(1));
            String header = h.group(2);
            int at = header.indexOf(" line ");
            action = at < 0 ? header : header.substring(0, at);
            body = text.substring(h.end());
        }
        Map<String, String> vars = new LinkedHashMap<>();
        // Each variable starts a line with "/\ name = "; a value may continue on the next lines.
        String[] parts = body.strip().split("(?m)^/\\\\ ");
        for (String part : parts) {
            int eq = part.indexOf(" = ");
            if (eq > 0) {
                vars.put(part.substring(0, eq).strip(), part.substring(eq + 3).strip().replaceAll("\\s*\\R\\s*", " "));
            }
        }
        return new TlcState(number, action, vars);
    }

    private static TlcResult specError(List<Message> messages, String unframed, int exitCode, String config,
                                       TlcResult.Stats stats) {
        Matcher semantic = SEMANTIC_AT.matcher(unframed);
        if (semantic.find()) {
            String what = firstMeaningfulLine(unframed.substring(semantic.end()));
            return new TlcResult.SpecError(semantic.group(2) + ".tla", Integer.parseInt(semantic.group(1)), what, stats);
        }
        Matcher parse = PARSE_AT.matcher(unframed);
        if (unframed.contains("***Parse Error***") || parse.find()) {
            Matcher module = PARSE_MODULE.matcher(unframed);
            String file = module.find() ? firstNonNull(module) + ".tla" : "the specification";
            int line = parse.find(0) ? Integer.parseInt(parse.group(1)) : 0;
            String what = firstMeaningfulLine(unframed.substring(Math.max(0, unframed.indexOf("***Parse Error***"))));
            if (unframed.contains("Cannot find source file")) {
                what = "cannot find a module it EXTENDS or INSTANCEs";
            }
            return new TlcResult.SpecError(file, line, what, stats);
        }
        for (Message msg : messages) {
            if (msg.severity() == 1 && msg.code() != PARSE_FAILED) {
                Matcher at = SEMANTIC_AT.matcher(msg.text());
                if (at.find()) {
                    return new TlcResult.SpecError(at.group(2) + ".tla", Integer.parseInt(at.group(1)),
                            firstMeaningfulLine(msg.text()), stats);
                }
                return new TlcResult.SpecError(config, 0, firstMeaningfulLine(msg.text()), stats);
            }
        }
        String tail = unframed.strip();
        if (tail.length() > 400) {
            tail = tail.substring(tail.length() - 400);
        }
        return new TlcResult.SpecError(config, 0, "TLC stopped with exit status " + exitCode
                + (tail.isEmpty() ? "" : ": " + tail), stats);
    }

    private static String firstNonNull(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "?";
    }

    private static String firstMeaningfulLine(String text) {
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("***") && !s.startsWith("Residual") && !s.startsWith("Semantic errors")) {
                return s;
            }
        }
        return text.strip();
    }
}
