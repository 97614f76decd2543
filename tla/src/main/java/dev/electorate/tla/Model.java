package dev.electorate.tla;

/**
 * One row of models.tsv: a model of {@code algorithm} with {@code nodes} nodes, checked by
 * running TLC on {@code module}.tla with {@code config}.cfg, and the verdict it must get.
 */
public record Model(String algorithm, int nodes, String module, String config, Expectation expect) {

    /** The verdict a model must get: pass, or a named invariant, a property or deadlock violated. */
    public record Expectation(String kind, String name) {

        /** Reads "pass", "invariant:Uniqueness", "property:Termination" or "deadlock". */
        public static Expectation parse(String text) {
            String[] parts = text.strip().split(":", 2);
            String kind = parts[0];
            if (!kind.equals("pass") && !kind.equals("invariant") && !kind.equals("property") && !kind.equals("deadlock")) {
                throw new IllegalArgumentException("unknown expectation '" + text
                        + "'; accepted: pass, invariant:NAME, property:NAME, deadlock");
            }
            return new Expectation(kind, parts.length > 1 ? parts[1] : "");
        }

        /** True when TLC's result is the one expected. */
        public boolean matches(TlcResult result) {
            return switch (kind) {
                case "pass" -> result instanceof TlcResult.Passed;
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

    /** True for a model of a deliberately wrong variant, which TLC must reject. */
    public boolean isMutant() {
        return !expect.kind().equals("pass");
    }
}
