package dev.electorate.harness.exhaustive;

import dev.electorate.harness.io.BadInputException;
import dev.electorate.tla.Model;
import dev.electorate.tla.Models;
import dev.electorate.tla.TlaLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounds of an exhaustive exploration, read at run time from the TLC model of the same
 * algorithm (its {@code .cfg} constants as shipped by the tla module, chosen through the manifest
 * {@code models.tsv}), so that the explorer and TLC explore within one set of numbers.
 *
 * @param config     the model's configuration name ("MCBully3")
 * @param members    the node ids in ring order ({@code Ring <- MCRing} read from the model's module, else 1..n)
 * @param constants  every constant of the configuration, as written
 * @param crashes    {@code MaxCrashes}: crashes over the whole exploration (0 when absent)
 * @param crashable  {@code Crashable}: which nodes may crash (every node when absent)
 * @param early      {@code MaxEarly}: timers that may fire while messages are in flight (0 when absent), plus
 *                   the recipes' {@code MaxExpiries} or {@code MaxPauses}: sessions or leases expired while in use
 * @param losses     {@code MaxLosses}: messages the network may drop on the way to a live node (0 when absent)
 * @param duplicates {@code MaxDuplicates}: messages the network may deliver twice (0 when absent)
 * @param variables  other {@code Max<X>} constants that bound a recorded spec variable named {@code x} or
 *                   ending in {@code X} ({@code MaxTerm} bounds Raft's {@code currentTerm}): a state in which a
 *                   node records a larger value is checked but not expanded, as TLC's constraint does
 * @param ignored    constants with no meaning for the Java nodes, each with the reason
 */
public record ModelBounds(String config, List<Integer> members, Map<String, String> constants, int crashes,
                          Set<Integer> crashable, int early, int losses, int duplicates,
                          Map<String, Long> variables, Map<String, String> ignored) {

    /** Constants that bound faults or gate a timer (the rings' MaxEpoch), not a recorded variable. */
    private static final Set<String> FAULT_BOUNDS = Set.of("MaxCrashes", "MaxEarly", "MaxLosses", "MaxDuplicates",
            "MaxChan", "MaxEpoch", "MaxExpiries", "MaxPauses");
    /**
     * The recipes' expiries of a session or lease still in use: the service's timer running out before the
     * client's own, which only a pause allows; the explorer spends them as early timeouts ({@link TimerRule}).
     */
    private static final List<String> PAUSES = List.of("MaxExpiries", "MaxPauses");
    /**
     * The constants by which the models grant faults within the algorithms' assumptions, by which the default
     * model is chosen; the recipes' pauses are outside theirs, so a model that grants them is not preferred.
     */
    private static final List<String> FAULT_BUDGETS = List.of("MaxCrashes", "MaxEarly", "MaxLosses", "MaxDuplicates",
            "MaxSuspicions");
    /** A configuration that starts from an inductive invariant's states (IndSpec, IndInit), not from a run's start. */
    private static final Pattern INDUCTIVE_START = Pattern.compile("(?m)^\\s*(SPECIFICATION|INIT)\\s+Ind");
    /** Prefix of a bound taken from the model's CONSTRAINT rather than from a Max constant. */
    static final String CONSTRAINT = "constraint ";
    /** Prefix of a bound on the sum over the nodes of a variable, from the model's CONSTRAINT. */
    static final String SUM = CONSTRAINT + "sum ";
    private static final Set<String> SECTION_WORDS = Set.of("SPECIFICATION", "INVARIANT", "INVARIANTS", "PROPERTY",
            "PROPERTIES", "CONSTRAINT", "CONSTRAINTS", "INIT", "NEXT", "VIEW", "CHECK_DEADLOCK", "SYMMETRY",
            "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS", "ALIAS", "POSTCONDITION");

    /**
     * The model for {@code algorithm} (its command-line name, options after {@code +} ignored) with
     * {@code nodes} nodes: the named {@code config} if given; for a mutant, the model named after it
     * ({@code no-answer} is {@code MCBully3_NoAnswer}) when the manifest has one; otherwise the
     * passing model with faults ({@code MC<Name><n>Faults}) or the first passing one of that size.
     */
    public static ModelBounds choose(String algorithm, int nodes, String mutant, String config) {
        String base = algorithm.split("\\+")[0];
        // A module that checks an inductive invariant starts from arbitrary states of it, not from the
        // algorithm's initial states: its bounds (and its mutants') are not a run's.
        java.util.Set<String> inductive = Models.all().stream().filter(Model::isInductive).map(Model::module)
                .collect(java.util.stream.Collectors.toSet());
        List<Model> rows = Models.all().stream().filter(m -> m.algorithm().equals(base))
                .filter(m -> !inductive.contains(m.module()) && m.suite() != Model.Suite.SIMULATE)
                .filter(m -> !INDUCTIVE_START.matcher(text(m.config() + ".cfg")).find()).toList();
        Model chosen = null;
        if (config != null) {
            // Your own election (--node-class) borrows the bounds of any model by name.
            List<Model> candidates = rows.isEmpty() ? Models.all() : rows;
            chosen = candidates.stream().filter(m -> m.config().equals(config)).findFirst().orElseThrow(() ->
                    new BadInputException("--model " + config + " is not a model of " + base + "; accepted: "
                            + candidates.stream().map(Model::config).toList()));
            return read(chosen.module(), chosen.config(), chosen.nodes());
        }
        if (rows.isEmpty()) {
            throw new BadInputException("no TLC model of " + base + " in models.tsv, so no bounds to explore within;"
                    + " name one whose constants to borrow with --model (for example MCBully3)");
        }
        if (mutant != null) {
            // The model of a mutant is the one whose configuration sets Mutant to it: read from the .cfg,
            // not guessed from the model's name.
            List<Model> own = rows.stream().filter(m -> mutant.equals(constantsOf(m).get("Mutant"))).toList();
            chosen = own.stream().filter(m -> m.nodes() == nodes).findFirst().orElse(own.isEmpty() ? null : own.get(0));
        }
        if (chosen == null) {
            // Unmutated, passing, of this size, in the default suite: the one whose constants grant the most kinds
            // of fault (crashes, early timeouts, expiries...), the first in the manifest among equals.
            List<Model> passing = rows.stream().filter(m -> m.nodes() == nodes && m.expect().kind().equals("pass"))
                    .filter(m -> m.suite() == Model.Suite.DEFAULT)
                    .filter(m -> "none".equals(constantsOf(m).getOrDefault("Mutant", "none"))).toList();
            int most = -1;
            for (Model m : passing) {
                int kinds = faultKinds(constantsOf(m));
                if (kinds > most) {
                    most = kinds;
                    chosen = m;
                }
            }
        }
        if (chosen == null) {
            throw new BadInputException("no passing TLC model of " + base + " with " + nodes + " nodes in models.tsv;"
                    + " sizes with one: " + new TreeSet<>(rows.stream().map(Model::nodes).toList()));
        }
        return read(chosen.module(), chosen.config(), chosen.nodes());
    }

    /** The constants of a manifest row's configuration. */
    private static Map<String, String> constantsOf(Model m) {
        return constants(text(m.config() + ".cfg"));
    }

    /** How many kinds of fault a configuration grants: its fault constants with a positive budget. */
    private static int faultKinds(Map<String, String> constants) {
        int kinds = 0;
        for (String budget : FAULT_BUDGETS) {
            String v = constants.get(budget);
            if (v != null && v.strip().matches("\\d+") && Long.parseLong(v.strip()) > 0) {
                kinds++;
            }
        }
        return kinds;
    }

    /** Reads {@code config}.cfg (and the ring from {@code module}.tla) as shipped by the tla module. */
    public static ModelBounds read(String module, String config, int nodes) {
        Map<String, String> constants = constants(text(config + ".cfg"));
        List<Integer> members = new ArrayList<>();
        for (int i = 1; i <= nodes; i++) {
            members.add(i);
        }
        String ring = constants.get("Ring");
        if (ring != null && ring.startsWith("<-")) {
            String name = ring.substring(2).strip();
            Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*==\\s*<<([^>]*)>>").matcher(text(module + ".tla"));
            if (m.find()) {
                members = ints(m.group(1));
            }
        }
        int crashes = number(constants, "MaxCrashes");
        Set<Integer> crashable = constants.containsKey("Crashable")
                ? new TreeSet<>(ints(constants.get("Crashable").replaceAll("[{}]", "")))
                : new TreeSet<>(members);
        String cfgText = text(config + ".cfg");
        Map<String, Long> constrained = constraint(cfgText, module, constants);
        Map<String, Long> variables = new LinkedHashMap<>();
        Map<String, String> ignored = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : constants.entrySet()) {
            String name = e.getKey();
            if (FAULT_BOUNDS.contains(name)) {
                continue;
            }
            boolean overruled = constrained.keySet().stream().anyMatch(v -> name.startsWith("Max") && bounds(name, v));
            if (name.startsWith("Max") && name.length() > 3 && e.getValue().matches("\\d+") && !overruled) {
                variables.put(name, Long.parseLong(e.getValue()));
            } else if (overruled) {
                ignored.put(name, "the model's CONSTRAINT bounds that variable; in this module " + name
                        + " means something else");
            } else if (!name.equals("Ring") && !name.equals("Node") && !name.equals("Crashable")
                    && !name.equals("Mutant")) {
                ignored.put(name, reason(name));
            }
        }
        constrained.forEach((v, limit) -> variables.put(CONSTRAINT + v, limit));
        int early = number(constants, "MaxEarly");
        for (String pause : PAUSES) {
            early += number(constants, pause);
        }
        return new ModelBounds(config, List.copyOf(members), constants, crashes, crashable,
                early, number(constants, "MaxLosses"), number(constants, "MaxDuplicates"),
                variables, ignored);
    }

    /**
     * The bounds a model's state constraint sets, TLC's way of keeping a model finite: each conjunct
     * {@code \\A n \\in Node : v[n] <= B} of the definition the .cfg names after {@code CONSTRAINT}, found in
     * the model's module, with {@code B} a number, a constant of the .cfg or a definition of the module, and
     * each sum written out over the nodes, {@code v[1] + v[2] <= B} (keyed {@code "sum v"}). Other conjuncts
     * are left out.
     */
    static Map<String, Long> constraint(String cfg, String module, Map<String, String> constants) {
        Map<String, Long> out = new LinkedHashMap<>();
        Matcher named = Pattern.compile("(?m)^\\s*CONSTRAINTS?\\s+(\\w+)").matcher(cfg);
        if (!named.find()) {
            return out;
        }
        String tla;
        try {
            tla = text(module + ".tla");
        } catch (BadInputException e) {
            return out;
        }
        Matcher def = Pattern.compile("(?m)^" + Pattern.quote(named.group(1)) + "\\s*==\\s*(.*)$").matcher(tla);
        if (!def.find()) {
            return out;
        }
        Matcher each = Pattern.compile("\\\\A\\s*(\\w+)\\s*\\\\in\\s*\\w+\\s*:\\s*(\\w+)\\[\\1\\]\\s*<=\\s*(\\w+)")
                .matcher(def.group(1));
        while (each.find()) {
            Long limit = value(each.group(3), constants, tla);
            if (limit != null) {
                out.put(each.group(2), limit);
            }
        }
        // A sum over the nodes, written out: etcd's attempt[1] + attempt[2] <= 3.
        Matcher sum = Pattern.compile("(\\w+)\\[\\w+\\](?:\\s*\\+\\s*\\1\\[\\w+\\])+\\s*<=\\s*(\\w+)")
                .matcher(def.group(1));
        while (sum.find()) {
            Long limit = value(sum.group(2), constants, tla);
            if (limit != null) {
                out.put("sum " + sum.group(1), limit);
            }
        }
        return out;
    }

    private static Long value(String term, Map<String, String> constants, String tla) {
        if (term.matches("\\d+")) {
            return Long.parseLong(term);
        }
        String c = constants.get(term);
        if (c != null && c.strip().matches("\\d+")) {
            return Long.parseLong(c.strip());
        }
        Matcher d = Pattern.compile("(?m)^" + Pattern.quote(term) + "\\s*==\\s*(\\d+)\\s*$").matcher(tla);
        return d.find() ? Long.parseLong(d.group(1)) : null;
    }

    /**
     * The recorded variable a bound applies to: for a {@code Max<X>} constant, named x or ending in X
     * ("currentTerm" for MaxTerm); for one from the model's constraint, exactly the variable it names.
     */
    static boolean bounds(String constant, String variable) {
        if (constant.startsWith(CONSTRAINT)) {
            return constant.substring(CONSTRAINT.length()).equals(variable);
        }
        String x = constant.substring(3);
        // A budget counts what a variable holds one of: MaxAttempts bounds the recipes' attempt.
        return variable.equalsIgnoreCase(x) || variable.endsWith(x) || (variable + "s").equalsIgnoreCase(x);
    }

    private static String reason(String name) {
        return switch (name) {
            case "Boot" -> "the Java nodes always start together; a \"settled\" start is reached by exploring from it";
            case "Network" -> "the explorer keeps equal messages apart (a bag), FIFO per link unless the algorithm"
                    + " tolerates reordering";
            case "Variant" -> "the algorithm is chosen by name on the command line";
            default -> "no Java counterpart in the explorer";
        };
    }

    private static int number(Map<String, String> constants, String name) {
        String v = constants.get(name);
        if (v == null) {
            return 0;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("constant " + name + " is not a number: " + v);
        }
    }

    private static List<Integer> ints(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(Integer.parseInt(part.strip()));
            }
        }
        return out;
    }

    /** The CONSTANTS section: "Name = value" or "Name <- Definition", one a line. */
    static Map<String, String> constants(String cfg) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean inConstants = false;
        for (String raw : cfg.split("\n")) {
            String line = raw.replaceAll("\\\\\\*.*$", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String first = line.split("\\s+")[0];
            if (first.equals("CONSTANTS") || first.equals("CONSTANT")) {
                inConstants = true;
                line = line.substring(first.length()).strip();
                if (line.isEmpty()) {
                    continue;
                }
            } else if (SECTION_WORDS.contains(first)) {
                inConstants = false;
                continue;
            }
            if (!inConstants) {
                continue;
            }
            int arrow = line.indexOf("<-");
            int eq = line.indexOf('=');
            if (arrow > 0 && (eq < 0 || arrow < eq)) {
                out.put(line.substring(0, arrow).strip(), "<- " + line.substring(arrow + 2).strip());
            } else if (eq > 0) {
                out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip().replace("\"", ""));
            }
        }
        return out;
    }

    /**
     * Whether this model's configuration checks Termination (names it in a {@code PROPERTY} or
     * {@code PROPERTIES} section): the explorer owes it only there, as TLC does, since a model checked for
     * safety alone may allow what rules a leader out for good (ZooKeeper's service crashed and never back).
     */
    public boolean checksTermination() {
        String cfg;
        try {
            cfg = text(config + ".cfg");
        } catch (BadInputException e) {
            return false; // no shipped model (a replayed path's own bounds): nothing owed beyond what it recorded
        }
        boolean inProperties = false;
        for (String word : cfg.replaceAll("\\\\\\*[^\n]*", " ").split("\\s+")) {
            if (SECTION_WORDS.contains(word)) {
                inProperties = word.equals("PROPERTY") || word.equals("PROPERTIES");
            } else if (inProperties && word.equals("Termination")) {
                return true;
            }
        }
        return false;
    }

    private static String text(String name) {
        try (InputStream in = TlaLibrary.open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read the TLC model file " + name + ": " + e.getMessage());
        }
    }

    /** "no-answer" to "NoAnswer", as the mutant models are named. */
    static String camel(String mutant) {
        StringBuilder s = new StringBuilder();
        for (String part : mutant.split("-")) {
            if (!part.isEmpty()) {
                s.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return s.toString();
    }

    /**
     * {@code MaxChan}, the rings' guard on the leader's token (RingBase's {@code SendAlive} sends only while
     * the link to its successor holds fewer than MaxChan messages, and stutters otherwise), or -1 when the
     * model has none.
     */
    public int channel() {
        return constants.containsKey("MaxChan") ? number(constants, "MaxChan") : -1;
    }

    /**
     * {@code MaxEpoch}, the rings' gate on early leader timeouts (RingBase's {@code LeaderSuspected}: before the
     * ring is calm, a node's leader timer may run out only while its epoch is below it), or -1 when the model
     * has none. It gates a timer and bounds no state: epochs past it are reached by timeouts on time.
     */
    public long earlyEpochs() {
        return constants.containsKey("MaxEpoch") ? number(constants, "MaxEpoch") : -1;
    }

    /** The action {@link #channel()} guards, as the ring nodes record it. */
    public static final String GUARDED_SEND = "SendAlive";

    /** The bounds in one line, for the console and the report. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add("crashes " + crashes + (crashes > 0 ? " of " + crashable : ""));
        parts.add("early timeouts " + early);
        if (losses > 0) {
            parts.add("losses " + losses);
        }
        if (duplicates > 0) {
            parts.add("duplicates " + duplicates);
        }
        if (channel() >= 0) {
            parts.add("MaxChan " + channel());
        }
        if (earlyEpochs() >= 0) {
            parts.add("early leader timeouts below epoch " + earlyEpochs());
        }
        variables.forEach((k, v) -> parts.add(k + " " + v));
        return config + ": " + String.join(", ", parts);
    }
}
