package dev.electorate.tla;

import java.util.List;
import java.util.Map;

/**
 * One row of the manifest models.tsv: a model of {@code algorithm} with {@code nodes} nodes, checked by
 * running TLC on {@code module}.tla with {@code config}.cfg, the verdict it must get, and the figures
 * the last full check recorded (distinct states, depth, the witnesses it reached and at which depth),
 * which the build holds it to.
 *
 * @param witnesses for a passing model, each witness predicate it must reach, with the depth at which
 *                  TLC's breadth-first search first reached it (0 when not yet measured)
 * @param suite     which run checks it: the default build, the long suite, or TLC's simulation mode
 * @param seconds   the wall-clock seconds of the run that recorded the figures (informative only)
 * @param note      what the model bounds, in a few words (the README table's last column)
 */
public record Model(String algorithm, int nodes, String module, String config, Expectation expect,
                    long states, int depth, Map<String, Integer> witnesses, Suite suite, double seconds,
                    String note) {

    /** Which run checks a model. */
    public enum Suite {
        /** {@code mvn -B verify}: within the default build's TLC budget. */
        DEFAULT,
        /** {@code -Delectorate.long=true}: past the default budget, figures kept in the manifest. */
        LONG,
        /** TLC's simulation mode ({@code ./electorate tlc --simulate}): random behaviours, deep, for a time. */
        SIMULATE;

        /** Reads "default", "long" or "simulate". */
        public static Suite parse(String text) {
            return switch (text.strip()) {
                case "default" -> DEFAULT;
                case "long" -> LONG;
                case "simulate" -> SIMULATE;
                default -> throw new IllegalArgumentException("unknown suite '" + text
                        + "'; accepted: default, long, simulate");
            };
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The verdict a model must get: pass; inductive (pass, for a model that checks one step of Next from
     * every state of an inductive invariant over a finite domain, so its states are not reachable ones
     * and it has no witnesses); or a named invariant, a property or deadlock violated.
     */
    public record Expectation(String kind, String name) {

        /** Reads "pass", "inductive", "invariant:Uniqueness", "property:Termination" or "deadlock". */
        public static Expectation parse(String text) {
            String[] parts = text.strip().split(":", 2);
            String kind = parts[0];
            if (!List.of("pass", "inductive", "invariant", "property", "deadlock").contains(kind)) {
                throw new IllegalArgumentException("unknown expectation '" + text
                        + "'; accepted: pass, inductive, invariant:NAME, property:NAME, deadlock");
            }
            return new Expectation(kind, parts.length > 1 ? parts[1] : "");
        }

        /** True when TLC's result is the one expected. */
        public boolean matches(TlcResult result) {
            return switch (kind) {
                case "pass", "inductive" -> result instanceof TlcResult.Passed;
                case "invariant" -> result instanceof TlcResult.InvariantViolated v && v.invariant().equals(name);
                case "property" -> result instanceof TlcResult.PropertyViolated;
                default -> result instanceof TlcResult.Deadlock;
            };
        }

        @Override
        public String toString() {
            return name.isEmpty() ? kind : kind + ":" + name;
        }
    }

    public Model {
        witnesses = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(witnesses));
    }

    /** True for a model of a deliberately wrong variant, which TLC must reject. */
    public boolean isMutant() {
        return !expect.kind().equals("pass") && !expect.kind().equals("inductive");
    }

    /** True for a check of an inductive invariant: one step from every state of it, no reachable states. */
    public boolean isInductive() {
        return expect.kind().equals("inductive");
    }

    /** The witness names in manifest order (alphabetical). */
    public List<String> witnessNames() {
        return witnesses.keySet().stream().sorted().toList();
    }

    /** This row with the figures of a new run. */
    public Model measured(long newStates, int newDepth, Map<String, Integer> newWitnesses, double newSeconds) {
        return new Model(algorithm, nodes, module, config, expect, newStates, newDepth, newWitnesses, suite,
                newSeconds, note);
    }
}
