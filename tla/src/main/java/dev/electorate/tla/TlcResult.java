package dev.electorate.tla;

import java.util.List;

/** What one TLC run concluded about a model, with the size of the search that led there. */
public sealed interface TlcResult {

    /** Distinct states found, depth of the search and wall-clock seconds; zeros when TLC never searched. */
    record Stats(long distinctStates, int depth, double seconds) {
        static final Stats NONE = new Stats(0, 0, 0);
    }

    Stats stats();

    /** One word for tables: passed, invariant, property, deadlock, spec-error, timeout. */
    String label();

    /** Every invariant and property held on every reachable state. */
    record Passed(Stats stats) implements TlcResult {
        public String label() {
            return "passed";
        }
    }

    /** An invariant failed; {@code trace} leads from an initial state to the violating one. */
    record InvariantViolated(String invariant, List<TlcState> trace, Stats stats) implements TlcResult {
        public String label() {
            return "invariant " + invariant;
        }
    }

    /**
     * A temporal property failed; {@code trace} is TLC's lasso (TLC 2.18 does not say which
     * property when a model checks several, so models for mutants state one).
     */
    record PropertyViolated(List<TlcState> trace, Stats stats) implements TlcResult {
        public String label() {
            return "property";
        }
    }

    /** A reachable state has no successor and the model does not allow deadlock. */
    record Deadlock(List<TlcState> trace, Stats stats) implements TlcResult {
        public String label() {
            return "deadlock";
        }
    }

    /**
     * TLC could not check the model at all (a parse or semantic error, a bad configuration, an
     * evaluation error); {@code file} and {@code line} point at the cause when TLC names it
     * ({@code line} 0 when it does not).
     */
    record SpecError(String file, int line, String message, Stats stats) implements TlcResult {
        public String label() {
            return "spec-error";
        }

        /** "Broken.tla:6: Encountered ..." */
        public String describe() {
            return file + (line > 0 ? ":" + line : "") + ": " + message;
        }
    }

    /** TLC was stopped after the time limit. */
    record Timeout(Stats stats) implements TlcResult {
        public String label() {
            return "timeout";
        }
    }
}
